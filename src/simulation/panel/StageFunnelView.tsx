import { useMemo } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { commands } from '../../commands/commandRegistry';
import { EChart } from '../charts/EChart';
import { formatCount, formatPercent } from '../model/formatNumbers';
import { stageFunnel } from '../model/stageFunnel';
import { clickedStage, FUNNEL_PARTS, stageFunnelOption } from '../model/stageFunnelChart';
import { onEnter } from './onEnter';
import { REVEAL_NODE } from './resultsViewCommands';
import { ScopeLine } from './ScopeLine';
import './dropOffs.css';

/**
 * The funnel by stage of the shown run (stageFunnel.ts): a column per stage in map order, with its
 * table beside it. A column, a stage's name on the chart, or a row of the table (click, or Enter on
 * its stage) reveals the node by which most customers enter that stage.
 */
export function StageFunnelView({ docId, journey, result, segment, segmentName }: { docId: string; journey: Journey; result: SimulationResult; segment: string | null; segmentName?: string | undefined }) {
  const funnel = useMemo(() => stageFunnel(journey, result, segment), [journey, result, segment]);
  const option = useMemo(() => stageFunnelOption(funnel), [funnel]);
  const reveal = (nodeId: string) => commands.execute(REVEAL_NODE, nodeId, docId);
  const share = (n: number) => formatPercent(funnel.customers > 0 ? n / funnel.customers : 0);

  if (funnel.stages.length === 0) {
    return (
      <div className="ws-panel-empty" data-testid="stage-funnel-empty">
        This journey has no stages with steps: the funnel follows the map’s stages.
      </div>
    );
  }
  return (
    <section className="dl-view" data-testid="stage-funnel-view" aria-label="Funnel by stage">
      <ScopeLine customers={funnel.customers} segment={funnel.segment} segmentName={segmentName}>
        Customers reaching each stage, in map order (one who comes back counts again), and what became of them there
      </ScopeLine>
      <div className="fv-body">
        <div className="fv-chart" data-testid="stage-funnel-chart">
          <EChart
            option={option}
            label="Funnel by stage"
            onClick={(p) => {
              const stage = clickedStage(funnel, p);
              if (stage) reveal(stage.entryNodeId);
            }}
          />
        </div>
        <div className="dl-wrap fv-table-wrap">
          <table className="sp-table dl-table" data-testid="stage-funnel-table" aria-label="Funnel by stage, in map order">
            <thead>
              <tr>
                <th scope="col" className="dl-step">
                  Stage
                </th>
                <th scope="col" className="sp-num" title="Arrivals into the stage (a customer who comes back counts again)">
                  Reached
                </th>
                <th scope="col" className="sp-num" title="Reached, as a share of all customers">
                  % of all
                </th>
                {FUNNEL_PARTS.map((p) => (
                  <th key={p.key} scope="col" className="sp-num">
                    <span className="fv-key" style={{ background: p.colour }} aria-hidden="true" />
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {funnel.stages.map((s) => (
                <tr key={s.stageId} className="dl-row" data-testid="stage-funnel-row" data-stage={s.stageId} data-reached={s.reached} onClick={() => reveal(s.entryNodeId)} onKeyDown={(e) => onEnter(e, () => reveal(s.entryNodeId))}>
                  <th scope="row" className="dl-step">
                    <button type="button" className="dl-step-button" data-testid="stage-funnel-reveal" title={`Reveal the stage "${s.name}" on the map`}>
                      <span className="dl-label">{s.name}</span>
                    </button>
                  </th>
                  <td className="sp-num">{formatCount(s.reached)}</td>
                  <td className="sp-num">{share(s.reached)}</td>
                  {FUNNEL_PARTS.map((p) => (
                    <td key={p.key} className="sp-num" title={`${share(s[p.key])} of all customers`}>
                      {formatCount(s[p.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
