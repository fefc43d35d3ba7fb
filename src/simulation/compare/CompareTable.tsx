import type { CompareRow, Verdict } from '../model/compareModel';
import { formatCount, formatPercent, formatPoints } from '../model/formatNumbers';
import { NO_OUTCOME_COLOUR, outcomeColours } from '../charts/outcomeColours';

const MARKS: Record<Verdict, { glyph: string; text: string }> = {
  better: { glyph: '▲', text: 'better' },
  worse: { glyph: '▼', text: 'worse' },
  neutral: { glyph: '●', text: 'different' },
  'no-difference': { glyph: '–', text: 'not significant' },
};

/** Per outcome: A's share, B's, the difference B − A with its 95% confidence interval, and whether it is significant. */
export function CompareTable({ rows, aLabel, bLabel, customers }: { rows: CompareRow[]; aLabel: string; bLabel: string; customers: number }) {
  // Significant differences first (largest first), then the others in the journey's order.
  const shown = rows
    .filter((r) => r.ending === 'outcome' || r.a.count > 0 || r.b.count > 0)
    .map((r, i) => ({ r, i }))
    .sort((x, y) => Number(y.r.significant) - Number(x.r.significant) || (x.r.significant ? Math.abs(y.r.diff) - Math.abs(x.r.diff) : 0) || x.i - y.i)
    .map(({ r }) => r);
  // The colours the results charts give these outcomes (in the journey's order, as there).
  const colours = outcomeColours(rows.filter((r) => r.ending === 'outcome').map((r) => ({ id: r.key, result: r.result ?? undefined })));
  return (
    <table className="cp-table" data-testid="compare-table">
      <thead>
        <tr>
          <th>Outcome</th>
          <th className="cp-num" title={aLabel}>
            A
          </th>
          <th className="cp-num" title={bLabel}>
            B
          </th>
          <th className="cp-num">B − A</th>
          <th className="cp-num">95% CI</th>
          <th>Significance</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((r) => {
          const mark = MARKS[r.verdict];
          return (
            <tr key={r.key} className={`cp-row cp-${r.ending}${r.significant ? ' cp-significant' : ''}`} data-testid="compare-row" data-outcome={r.key} data-significant={r.significant} data-verdict={r.verdict}>
              <td>
                <span className="cp-outcome-swatch" style={{ background: colours[r.key] ?? NO_OUTCOME_COLOUR }} data-colour={colours[r.key] ?? NO_OUTCOME_COLOUR} aria-hidden="true" />
                <span className="cp-outcome">{r.label}</span>
                {r.result && <span className={`cp-result cp-result-${r.result}`}>{r.result}</span>}
              </td>
              <td className="cp-num" title={`${formatCount(r.a.count)} of ${formatCount(customers)}`}>
                {formatPercent(r.a.share)}
              </td>
              <td className="cp-num" title={`${formatCount(r.b.count)} of ${formatCount(customers)}`}>
                {formatPercent(r.b.share)}
              </td>
              <td className="cp-num cp-diff">{formatPoints(r.diff)}</td>
              <td className="cp-num cp-ci">
                {formatPoints(r.ci95[0]).replace(/ pp$/, '')} to {formatPoints(r.ci95[1])}
              </td>
              <td className={`cp-mark cp-verdict-${r.verdict}`} title={r.significant ? 'The 95% confidence interval excludes 0' : 'The 95% confidence interval includes 0'}>
                <span aria-hidden="true">{mark.glyph}</span> {mark.text}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
