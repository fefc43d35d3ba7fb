import { useEffect, useRef, useState } from 'react';
import type { Cohort } from '../../runtime/model/cohort';
import { SHARE_TOLERANCE } from '../../runtime/lint/lintCohort';
import { commands } from '../commands/commandRegistry';
import { DiagnosticList } from '../inspector/fields/Field';
import type { ElementDiagnostics } from '../inspector/fieldDiagnostics';
import { SegmentRow } from './SegmentRow';
import { formatPercent } from './ShareInput';

export interface SegmentsTableProps {
  docId: string;
  cohort: Cohort;
  diagnostics: ElementDiagnostics;
  onEdit(next: Cohort, label: string): void;
}

/** The segments: name, id, share (kept at 100 % in total), patience, attributes; add and remove. */
export function SegmentsTable({ docId, cohort, diagnostics, onEdit }: SegmentsTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(cohort.segments.length === 1 ? [cohort.segments[0]!.id] : []));
  const table = useRef<HTMLTableElement>(null);
  // After "Add segment", the new row's name is focused to be typed over.
  const added = useRef(false);
  const count = cohort.segments.length;
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const input = table.current?.querySelector<HTMLInputElement>(`[data-testid="segment-name-${count - 1}"]`);
    input?.focus();
    input?.select();
  }, [count]);
  const total = cohort.segments.reduce((a, s) => a + s.share, 0);
  const totalOk = Math.abs(total - 1) <= SHARE_TOLERANCE;
  const toggle = (id: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <section className="ce-section" aria-label="Segments" data-testid="segments-section">
      <h2 className="ce-section-title">Segments ({count})</h2>
      <div className="ce-table-wrap">
        <table className="ce-table" ref={table}>
          <thead>
            <tr>
              <th className="ce-toggle-col" aria-label="Details" />
              <th className="ce-name-col">Name</th>
              <th className="ce-id-col">Id</th>
              <th className="ce-share-col">Share</th>
              <th className="ce-patience-col">Patience</th>
              <th className="ce-attributes-col">Attributes</th>
              <th className="ce-remove-col" aria-label="Remove" />
            </tr>
          </thead>
          <tbody>
            {cohort.segments.map((s, i) => (
              <SegmentRow key={`${i}:${s.id}`} docId={docId} cohort={cohort} index={i} diagnostics={diagnostics} onEdit={onEdit} open={open.has(s.id)} onToggle={() => toggle(s.id)} />
            ))}
          </tbody>
          <tfoot>
            <tr className="ce-foot">
              <td className="ce-toggle-cell" />
              <td className="ce-add-cell" colSpan={2}>
                <button
                  type="button"
                  className="ji-add"
                  data-testid="segment-add"
                  onClick={() => {
                    added.current = true;
                    commands.execute('cohort.addSegment', docId);
                  }}
                >
                  + Add segment
                </button>
              </td>
              <td className="ce-share-col">
                <span className={`ce-total${totalOk ? '' : ' ce-total-off'}`} data-testid="segments-total" title="The shares always add up to 100 %: changing one rebalances the others">
                  Total {formatPercent(total)} %
                </span>
                {totalOk ? null : (
                  <button type="button" className="ws-button ws-small" data-testid="segments-rebalance" onClick={() => commands.execute('cohort.rebalanceShares', docId)}>
                    Rebalance to 100 %
                  </button>
                )}
              </td>
              <td className="ce-foot-rest" colSpan={3} />
            </tr>
          </tfoot>
        </table>
      </div>
      <DiagnosticList diagnostics={diagnostics.at('segments', true) ?? []} />
    </section>
  );
}
