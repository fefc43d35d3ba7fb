import type { Cohort } from '../../runtime/model/cohort';
import { setPatience } from '../../runtime/model/ops';
import { DistributionField } from '../inspector/DistributionField';
import { DistributionProblems } from './DistributionProblems';
import type { ElementDiagnostics } from '../inspector/fieldDiagnostics';
import type { FormContext } from '../inspector/SchemaField';
import { SegmentAttributes } from './SegmentAttributes';

export interface SegmentDetailsProps {
  cohort: Cohort;
  index: number;
  diagnostics: ElementDiagnostics;
  onEdit(next: Cohort, label: string): void;
}

/** A segment's patience and attribute distributions (the fields are named by their path in the cohort). */
export function SegmentDetails({ cohort, index, diagnostics, onEdit }: SegmentDetailsProps) {
  const s = cohort.segments[index]!;
  const ctx: FormContext = { diagnostics: (name, exact) => diagnostics.at(name, exact) };
  return (
    <div className="ce-details" data-testid={`segment-details-${index}`}>
      <div className="ce-details-col" data-testid={`segment-patience-field-${index}`}>
        <DistributionField
          name={`segments.${index}.patience`}
          label="Patience"
          value={s.patience}
          optional
          durations
          ctx={ctx}
          onCommit={(v) => onEdit(setPatience(cohort, s.id, v), v === undefined ? `Remove patience of ${s.id}` : `Set patience of ${s.id}`)}
        />
        <DistributionProblems value={s.patience} diagnostics={diagnostics.at(`segments.${index}.patience`, true)} />
        <p className="ji-hint">How long a customer of this segment waits in a staff queue before giving up. None: they wait forever.</p>
      </div>
      <SegmentAttributes cohort={cohort} index={index} ctx={ctx} onEdit={onEdit} />
    </div>
  );
}
