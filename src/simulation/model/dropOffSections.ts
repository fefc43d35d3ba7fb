// The report's sections on where customers leave and where they wait longest: the same rankings
// as the results panel's list (dropOffs.ts, waitRanking.ts), worded the same way (howTheyLeft.ts).
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { rankDropOffs } from './dropOffs';
import { formatCount, formatDuration, formatPercent } from './formatNumbers';
import { howTheyLeft } from './howTheyLeft';
import { tableToMarkdown } from './tableModel';
import { rankWaits } from './waitRanking';

/** Steps in the report's rankings: as many as the list "Where customers leave" shows before "Show all". */
export const REPORT_STEPS = 10;

/** The Markdown blocks (headings, lines, tables) of both rankings, for all customers. */
export function dropOffSections(journey: Journey, result: SimulationResult): string[] {
  const out: string[] = [];
  // The same ranking as the list "Where customers leave" (dropOffs.ts), its top steps.
  out.push('## Where customers leave');
  const ranking = rankDropOffs(journey, result);
  out.push(
    ranking.rows.length === 0
      ? 'Nobody left: every customer reached a success or is still inside.'
      : [
          `${formatCount(ranking.totalLeft)} of ${formatCount(ranking.customers)} customers (${formatPercent(ranking.customers > 0 ? ranking.totalLeft / ranking.customers : 0)}) left without a success${ranking.rows.length > REPORT_STEPS ? `; the ${REPORT_STEPS} steps where most left` : ''}:`,
          tableToMarkdown({
            columns: [
              { key: 'node', label: 'Step', align: 'left' },
              { key: 'stage', label: 'Stage', align: 'left' },
              { key: 'left', label: 'Left here', align: 'right' },
              { key: 'ofReached', label: 'Of arrivals', align: 'right' },
              { key: 'ofCustomers', label: 'Of all customers', align: 'right' },
              { key: 'how', label: 'How they left', align: 'left' },
            ],
            rows: ranking.rows.slice(0, REPORT_STEPS).map((d) => ({
              key: d.nodeId,
              cells: [d.label, d.stage ?? '–', formatCount(d.left), d.ofReached === null ? '–' : formatPercent(d.ofReached), formatPercent(d.ofCustomers), howTheyLeft(d)],
              values: [d.label, d.stage, d.left, d.ofReached, d.ofCustomers, howTheyLeft(d)],
            })),
          }),
        ].join('\n\n'),
  );
  const waits = rankWaits(journey, result);
  if (waits.length > 0) {
    out.push('## Where customers wait longest');
    out.push(
      tableToMarkdown({
        columns: [
          { key: 'node', label: 'Step', align: 'left' },
          { key: 'stage', label: 'Stage', align: 'left' },
          { key: 'mean', label: 'Mean wait', align: 'right' },
          { key: 'p90', label: 'p90 wait', align: 'right' },
          { key: 'max', label: 'Longest', align: 'right' },
          { key: 'served', label: 'Served', align: 'right' },
        ],
        rows: waits.slice(0, REPORT_STEPS).map((w) => ({
          key: w.nodeId,
          cells: [w.label, w.stage ?? '–', formatDuration(w.meanWaitMs), formatDuration(w.p90WaitMs), formatDuration(w.maxWaitMs), formatCount(w.served)],
          values: [w.label, w.stage, w.meanWaitMs, w.p90WaitMs, w.maxWaitMs, w.served],
        })),
      }),
    );
  }
  return out;
}
