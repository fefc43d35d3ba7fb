import { useMemo } from 'react';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import type { Cohort } from '../../runtime/model/cohort';
import { slugify, updateCohort } from '../../runtime/model/ops';
import { DiagnosticList } from '../inspector/fields/Field';
import { TextField } from '../inspector/fields/TextField';
import { elementDiagnostics } from '../inspector/fieldDiagnostics';
import { ArrivalsSection } from './ArrivalsSection';
import { SegmentsTable } from './SegmentsTable';

export interface CohortFormProps {
  docId: string;
  /** The cohort shown: the file's last valid version. */
  cohort: Cohort;
  /** Its diagnostics, shown at the fields they are about. */
  diagnostics: readonly Diagnostic[];
  /** Every committed change: the next whole cohort (from a pure operation) and its history label. */
  onEdit(next: Cohort, label: string): void;
}

/** The fields the form shows diagnostics at; the others' (e.g. `format`, unknown fields) go on top. */
const SHOWN = ['id', 'name', 'description', 'segments', 'arrivals'];

/** The cohort as a form: its name, the segments table, the arrivals. */
export function CohortForm({ docId, cohort, diagnostics, onEdit }: CohortFormProps) {
  const all = useMemo(() => elementDiagnostics(diagnostics, []), [diagnostics]);
  const rest = all.all.filter((d) => d.path.length === 0 || !SHOWN.includes(String(d.path[0])));
  return (
    <div className="ce-form">
      <DiagnosticList diagnostics={rest} />
      <section className="ce-section ce-head" aria-label="Cohort">
        <TextField name="name" label="Name" value={cohort.name} onCommit={(v) => onEdit(updateCohort(cohort, { name: v ?? '' }), 'Rename cohort')} diagnostics={all.at('name')} />
        <TextField
          name="id"
          label="Id"
          inputClass="ji-input-code"
          value={cohort.id}
          onCommit={(v) => v?.trim() && onEdit(updateCohort(cohort, { id: slugify(v) }), `Change cohort id to ${slugify(v)}`)}
          diagnostics={all.at('id')}
        />
        <TextField name="description" label="Description" value={cohort.description} optional multiline onCommit={(v) => onEdit(updateCohort(cohort, { description: v }), 'Set cohort description')} diagnostics={all.at('description')} />
      </section>
      <SegmentsTable docId={docId} cohort={cohort} diagnostics={all} onEdit={onEdit} />
      <ArrivalsSection docId={docId} cohort={cohort} diagnostics={all} onEdit={onEdit} />
    </div>
  );
}
