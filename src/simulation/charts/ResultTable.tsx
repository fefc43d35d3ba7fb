import type { TableModel } from '../model/tableModel';

/** The table beside a chart: the same figures, to read exactly and to copy. */
export function ResultTable({ table, label, testId }: { table: TableModel; label: string; testId?: string | undefined }) {
  return (
    <div className="sp-table-wrap">
      <table className="sp-table" aria-label={label} data-testid={testId}>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} className={c.align === 'right' ? 'sp-num' : undefined} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key} data-testid="result-row">
              {r.cells.map((cell, i) => (
                <td key={table.columns[i]?.key ?? i} className={table.columns[i]?.align === 'right' ? 'sp-num' : undefined} title={i === 0 ? cell : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length === 0 && <p className="ws-hint sp-table-empty">Nothing to show for this run.</p>}
    </div>
  );
}
