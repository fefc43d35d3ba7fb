import type { TableColumn, TableModel } from '../model/tableModel';

/**
 * Shorter column headers for the panel's cards, where a table shares a card with its chart (the
 * Markdown and CSV exports keep the full labels). The full label is the header's tooltip and
 * accessible name.
 */
const SHORT_HEADERS: Readonly<Record<string, string>> = {
  Abandoned: 'Aband.',
  'Abandon rate': 'Aband. %',
  'Max abandon': 'Max ab.',
  'Service level': 'SL',
  Utilisation: 'Util.',
  // A non-breaking hyphen: the header wraps at the space, if at all.
  'On-duty hours': 'On\u2011duty h',
  'On-duty h': 'On\u2011duty h',
  'Busy hours': 'Busy h',
  'Most staff': 'Max staff',
  'Cost / customer': 'Cost / cust.',
  'Value / customer': 'Value / cust.',
  'Net / customer': 'Net / cust.',
  'Longest wait': 'Max wait',
};

/** The header a card shows for a column: its short form, or the label itself. */
export function shortHeader(column: Pick<TableColumn, 'label'>): string {
  return SHORT_HEADERS[column.label] ?? column.label;
}

/** From this many columns a table is set tighter (a smaller font, less padding). */
const DENSE_COLUMNS = 10;

/**
 * The table beside a chart: the same figures, to read exactly and to copy. When it is wider than
 * its card it scrolls sideways, its first column (what the row is) staying in view. `swatches`
 * (by row key) put the chart's colour of each row before its name: the table is the legend.
 */
export function ResultTable({ table, label, testId, swatches }: { table: TableModel; label: string; testId?: string | undefined; swatches?: Record<string, string> | undefined }) {
  return (
    // A region in the tab order: a table wider than its card scrolls with the keyboard's arrows.
    <div className="sp-table-wrap" data-testid="result-table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table className={table.columns.length >= DENSE_COLUMNS ? 'sp-table sp-table-dense' : 'sp-table'} aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            {table.columns.map((c) => {
              const short = shortHeader(c);
              return (
                <th key={c.key} className={c.align === 'right' ? 'sp-num' : undefined} scope="col" title={c.label} aria-label={short === c.label ? undefined : c.label}>
                  {short}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key} data-testid="result-row">
              {r.cells.map((cell, i) => {
                const numeric = table.columns[i]?.align === 'right';
                // Text cells may wrap in a narrow card; their tooltip is the whole text all the same.
                const swatch = i === 0 ? swatches?.[r.key] : undefined;
                return (
                  <td key={table.columns[i]?.key ?? i} className={numeric ? 'sp-num' : 'sp-text'} title={numeric ? undefined : cell}>
                    {swatch && <span className="sp-swatch" style={{ background: swatch }} data-colour={swatch} data-testid="row-swatch" aria-hidden="true" />}
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length === 0 && <p className="ws-hint sp-table-empty">Nothing to show for this run.</p>}
    </div>
  );
}
