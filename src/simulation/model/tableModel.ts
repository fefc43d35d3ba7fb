/** A table beside a chart (or in a report): columns, and rows of display text with the raw values. */
export interface TableColumn {
  key: string;
  label: string;
  align: 'left' | 'right';
}

export interface TableRow {
  key: string;
  /** Display text, one per column. */
  cells: string[];
  /** The numbers (or texts) behind the cells, one per column: for sorting and copying. */
  values: (number | string | null)[];
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
}

export const textColumn = (key: string, label: string): TableColumn => ({ key, label, align: 'left' });
export const numberColumn = (key: string, label: string): TableColumn => ({ key, label, align: 'right' });

/**
 * Text in a Markdown table cell (or a heading): backslashes, pipes and backticks escaped (so no code
 * span keeps the entities below from decoding), HTML's `&`, `<` and `>` as entities, line breaks as
 * `<br>`, so the cell shows the text and stays on its row.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[\\|`]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');
}

/** The table as GitHub-flavoured Markdown (right-aligned number columns). */
export function tableToMarkdown(table: TableModel): string {
  const head = `| ${table.columns.map((c) => markdownCell(c.label)).join(' | ')} |`;
  const rule = `| ${table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const rows = table.rows.map((r) => `| ${r.cells.map(markdownCell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
