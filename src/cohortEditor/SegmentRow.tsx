import { useId } from 'react';
import type { Cohort } from '../../runtime/model/cohort';
import { renameSegment, setSegmentId, setShare, slugify } from '../../runtime/model/ops';
import { commands } from '../commands/commandRegistry';
import { DiagnosticList } from '../inspector/fields/Field';
import type { ElementDiagnostics } from '../inspector/fieldDiagnostics';
import { CellInput } from './CellInput';
import { ProblemMark } from './ProblemMark';
import { distributionSummary } from './distributionSummary';
import { SegmentDetails } from './SegmentDetails';
import { formatPercent, ShareInput } from './ShareInput';

export interface SegmentRowProps {
  docId: string;
  cohort: Cohort;
  index: number;
  diagnostics: ElementDiagnostics;
  onEdit(next: Cohort, label: string): void;
  /** Its details (patience, attributes) are shown below it. */
  open: boolean;
  onToggle(): void;
}

const CELLS = ['name', 'id', 'share', 'patience', 'attributes'];
const COLUMNS = 7;

/** One segment of the table, and its details row when open. */
export function SegmentRow({ docId, cohort, index: i, diagnostics, onEdit, open, onToggle }: SegmentRowProps) {
  const s = cohort.segments[i]!;
  const at = (field: string) => diagnostics.at(`segments.${i}.${field}`);
  const own = diagnostics.all.filter((d) => d.path[0] === 'segments' && d.path[1] === i && !CELLS.includes(String(d.path[2])));
  const attributes = Object.keys(s.attributes ?? {});
  const alone = cohort.segments.length === 1;
  const detailsId = useId();
  const patience = s.patience === undefined ? undefined : distributionSummary(s.patience);
  return (
    <>
      <tr className={`ce-row${open ? ' ce-row-open' : ''}`} data-testid="segment-row" data-segment={s.id}>
        <td className="ce-toggle-cell">
          <button type="button" className="ji-icon-button" aria-expanded={open} aria-controls={detailsId} aria-label={`Patience and attributes of ${s.name || s.id}`} title="Patience and attributes" data-testid={`segment-toggle-${i}`} onClick={onToggle}>
            {open ? '▾' : '▸'}
          </button>
        </td>
        <td className="ce-name-cell">
          <CellInput value={s.name} title={s.name} label={`Name of segment ${s.id}`} testId={`segment-name-${i}`} diagnostics={at('name')} onCommit={(v) => onEdit(renameSegment(cohort, s.id, v), `Rename segment ${s.id}`)} />
          <DiagnosticList diagnostics={[...(at('name') ?? []), ...own]} />
        </td>
        <td className="ce-id-cell">
          <CellInput
            value={s.id}
            title={s.id}
            label={`Id of segment ${s.name || s.id}`}
            testId={`segment-id-${i}`}
            className="ji-input-code"
            diagnostics={at('id')}
            onCommit={(v) => {
              // Ids are slugs (journeys name them in `sim.segments` and `customer.segment`).
              if (v.trim()) onEdit(setSegmentId(cohort, s.id, slugify(v)), `Change segment id ${s.id} to ${slugify(v)}`);
            }}
          />
          <DiagnosticList diagnostics={at('id') ?? []} />
        </td>
        <td className="ce-share-col">
          <ShareInput index={i} name={s.name || s.id} share={s.share} diagnostics={at('share')} onCommit={(share) => onEdit(setShare(cohort, s.id, share), `Set share of ${s.id} to ${formatPercent(alone ? 1 : share)} %`)} />
          <span className="ce-share-bar" aria-hidden="true">
            <span style={{ width: `${Math.min(100, Math.max(0, s.share * 100))}%` }} />
          </span>
          <DiagnosticList diagnostics={at('share') ?? []} />
        </td>
        <td className="ce-summary ce-patience-cell" data-testid={`segment-patience-${i}`}>
          <div className="ce-summary-line">
            {s.patience === undefined ? (
              <span className="ce-summary-text ce-faint" title="Patience: waits forever">
                waits forever
              </span>
            ) : (
              <span className="ce-summary-text" title={`Patience: ${patience}`}>
                {patience}
              </span>
            )}
            <ProblemMark diagnostics={at('patience')} onClick={open ? undefined : onToggle} />
          </div>
        </td>
        <td className="ce-summary ce-attributes-cell">
          <div className="ce-summary-line">
            {attributes.length ? (
              <span className="ce-summary-text" title={`Attributes: ${attributes.join(', ')}`}>
                {attributes.join(', ')}
              </span>
            ) : (
              <span className="ce-summary-text ce-faint" title="Attributes: none">
                none
              </span>
            )}
            <ProblemMark diagnostics={at('attributes')} onClick={open ? undefined : onToggle} />
          </div>
        </td>
        <td className="ce-remove-cell">
          <button
            type="button"
            className="ji-icon-button"
            aria-label={`Remove segment ${s.id}`}
            title={alone ? 'A cohort needs at least one segment' : 'Remove the segment (the others share its part)'}
            data-testid={`segment-remove-${i}`}
            disabled={alone}
            onClick={() => commands.execute('cohort.removeSegment', docId, s.id)}
          >
            ✕
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="ce-details-row" id={detailsId}>
          <td />
          <td colSpan={COLUMNS - 1}>
            <SegmentDetails cohort={cohort} index={i} diagnostics={diagnostics} onEdit={onEdit} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
