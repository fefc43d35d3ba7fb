import { useMemo } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { commands } from '../../commands/commandRegistry';
import { useWorkspace } from '../../state/workspaceStore';
import { rankDropOffs } from '../model/dropOffs';
import { howTheyLeft } from '../model/howTheyLeft';
import { LongWaitTable } from './LongWaitTable';
import { formatCount, formatPercent } from '../model/formatNumbers';
import { TOP_DROP_OFFS, useResultsView } from './resultsView';
import { onEnter } from './onEnter';
import { REVEAL_NODE, TOGGLE_ALL_DROP_OFFS } from './resultsViewCommands';
import { ScopeLine } from './ScopeLine';
import './dropOffs.css';

/**
 * Where customers leave: the steps of the shown run ranked by the customers who end there without
 * a success (dropOffs.ts), for the segment chosen in the Simulation view. A row (click, or Enter on
 * its step) runs "Reveal Node": the node is selected and brought into view on the map.
 */
export function DropOffList({ docId, journey, result, segment, segmentName }: { docId: string; journey: Journey; result: SimulationResult; segment: string | null; segmentName?: string | undefined }) {
  const ranking = useMemo(() => rankDropOffs(journey, result, segment), [journey, result, segment]);
  const all = useResultsView((s) => s.allDropOffs);
  const selected = useWorkspace((s) => s.selection[docId]?.nodes);
  const rows = all ? ranking.rows : ranking.rows.slice(0, TOP_DROP_OFFS);
  const most = ranking.rows[0]?.left ?? 0;
  const reveal = (nodeId: string) => commands.execute(REVEAL_NODE, nodeId, docId);
  const waits = <LongWaitTable journey={journey} result={result} segment={segment} selected={selected} onReveal={reveal} />;

  return (
    <section className="dl-view" data-testid="drop-off-view" aria-label="Where customers leave">
      <ScopeLine customers={ranking.customers} segment={ranking.segment} segmentName={segmentName}>
        {formatCount(ranking.totalLeft)} of {formatCount(ranking.customers)} customers ({formatPercent(ranking.customers > 0 ? ranking.totalLeft / ranking.customers : 0)}) left without a success
      </ScopeLine>
      {ranking.rows.length === 0 ? (
        <>
          <div className="ws-panel-empty" data-testid="drop-off-empty">
            Nobody left: every customer reached a success or is still inside.
          </div>
          {waits}
        </>
      ) : (
        <div className="dl-wrap">
          <table className="sp-table dl-table" data-testid="drop-off-table" aria-label="Where customers leave, most first">
            <thead>
              <tr>
                <th scope="col" className="dl-step">
                  Step
                </th>
                <th scope="col">Stage</th>
                <th scope="col" className="sp-num" title="Customers whose journey ended here without a success">
                  Left here
                </th>
                <th scope="col" className="sp-num" title="Of the arrivals at this step (a customer on a loop arrives once a pass)">
                  Of arrivals
                </th>
                <th scope="col" className="dl-share" title="Of all the customers of the run (or of the segment)">
                  Of all customers
                </th>
                <th scope="col">How they left</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const isSelected = selected?.includes(r.nodeId) ?? false;
                return (
                  <tr key={r.nodeId} className={isSelected ? 'dl-row dl-selected' : 'dl-row'} data-testid="drop-off-row" data-node={r.nodeId} data-left={r.left} onClick={() => reveal(r.nodeId)} onKeyDown={(e) => onEnter(e, () => reveal(r.nodeId))}>
                    <th scope="row" className="dl-step">
                      <button type="button" className="dl-step-button" data-testid="drop-off-reveal" title={`Reveal "${r.label}" on the map`}>
                        <span className="dl-rank">{i + 1}</span>
                        <span className="dl-label">{r.label}</span>
                      </button>
                    </th>
                    <td className="dl-stage">{r.stage ?? '–'}</td>
                    <td className="sp-num">{formatCount(r.left)}</td>
                    <td className="sp-num">{r.ofReached === null ? '–' : formatPercent(r.ofReached)}</td>
                    <td className="dl-share">
                      <span className="dl-share-cell">
                        <span className="dl-bar" aria-hidden="true">
                          <span className="dl-bar-fill" style={{ width: `${most > 0 ? (100 * r.left) / most : 0}%` }} />
                        </span>
                        <span className="dl-share-text">{formatPercent(r.ofCustomers)}</span>
                      </span>
                    </td>
                    <td className="dl-how">{howTheyLeft(r)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {ranking.rows.length > TOP_DROP_OFFS && (
            <button type="button" className="ws-button ws-small dl-more" data-testid="drop-off-show-all" aria-expanded={all} onClick={() => commands.execute(TOGGLE_ALL_DROP_OFFS)}>
              {all ? `Show the top ${TOP_DROP_OFFS}` : `Show all ${ranking.rows.length} steps`}
            </button>
          )}
          {waits}
        </div>
      )}
    </section>
  );
}
