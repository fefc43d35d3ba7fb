import { nodeKind } from '../../nodes/registry';
import type { ExprScope } from '../../runtime/expr';
import { lanesOf, type Journey, type JourneyNode } from '../../runtime/model/journey';
import { updateJourney, updateNode } from '../../runtime/model/ops';
import type { Action, Distribution } from '../../runtime/model/primitives';
import { ActionsField } from './ActionsField';
import { DistributionField } from './DistributionField';
import { EmotionField } from './EmotionField';
import { DiagnosticList } from './fields/Field';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import type { ElementDiagnostics } from './fieldDiagnostics';
import { SchemaField, type FormContext } from './SchemaField';
import { fieldsOf } from './schemaFields';
import { Section } from './Section';

export interface NodeFormProps {
  journey: Journey;
  node: JourneyNode;
  diagnostics: ElementDiagnostics;
  scope: ExprScope;
  onEdit(next: Journey, label: string): void;
  /** When given, the id can be renamed (the selection follows the new id). */
  onRenamed?(newId: string): void;
}

const COMMON = ['id', 'kind', 'label', 'description', 'stage', 'lane', 'position', 'emotion', 'momentOfTruth', 'cost', 'work', 'actions'];

/** The form of a node: common fields, then its kind's fields generated from the kind's schema. */
export function NodeForm({ journey, node, diagnostics, scope, onEdit, onRenamed }: NodeFormProps) {
  const d = nodeKind(node.kind);
  const props = d ? fieldsOf(d.props) : [];
  const record = node as unknown as Record<string, unknown>;
  const set = (key: string, value: unknown, what = key) => onEdit(updateNode(journey, node.id, { [key]: value }), `Set ${what} of ${node.id}`);
  const ctx: FormContext = { diagnostics: (name, exact) => diagnostics.at(name, exact) };
  const lanes = lanesOf(journey);
  const teams = journey.teams ?? [];
  const isStart = journey.start === node.id;
  return (
    <div className="ji-form" data-element="node">
      <DiagnosticList diagnostics={diagnostics.rest([...COMMON, ...props.map((p) => p.key)])} />
      <Section title="General">
        <TextField name="label" label="Label" value={node.label} onCommit={(v) => set('label', v ?? '')} diagnostics={ctx.diagnostics('label')} />
        {onRenamed ? (
          // Not live: a rename rewrites every edge and reference to the node, and remounts this form
          // (keyed by id). Committed while typing, "visit" → "v" → "vi" would each be a rename, each
          // half-typed id could collide with another node's and be refused mid-word, and the focus
          // would be lost at the first pause. The id commits on blur or Enter, as one rename.
          <TextField
            name="id"
            label="Id"
            value={node.id}
            live={false}
            inputClass="ji-input-code"
            diagnostics={ctx.diagnostics('id')}
            onCommit={(v) => {
              if (!v || v === node.id) return;
              const next = updateNode(journey, node.id, { id: v });
              if (next === journey) return;
              onEdit(next, `Rename ${node.id} to ${v}`);
              onRenamed(v);
            }}
          />
        ) : null}
        <TextField name="description" label="Description" value={node.description} optional multiline onCommit={(v) => set('description', v)} diagnostics={ctx.diagnostics('description')} />
        <SelectField name="stage" label="Stage" value={node.stage} optional emptyLabel="— no stage —" options={(journey.stages ?? []).map((s) => ({ value: s.id, label: s.name || s.id }))} onCommit={(v) => set('stage', v)} diagnostics={ctx.diagnostics('stage')} />
        <SelectField name="lane" label="Lane" value={node.lane} optional emptyLabel={`— default (${d?.defaultLane ?? 'first'}) —`} options={lanes.map((l) => ({ value: l.id, label: l.name || l.id }))} onCommit={(v) => set('lane', v)} diagnostics={ctx.diagnostics('lane')} />
        <div className="ji-field ji-start-row">
          {isStart ? (
            <span className="ji-start-badge">▶ The journey starts here</span>
          ) : (
            <button type="button" className="ji-button" onClick={() => onEdit(updateJourney(journey, { start: node.id }), `Start journey at ${node.id}`)}>
              ▶ Start the journey here
            </button>
          )}
        </div>
      </Section>
      {props.length > 0 ? (
        <Section title={d?.title ?? node.kind}>
          {props.map((f) => (
            <SchemaField key={f.key} spec={f} name={f.key} value={record[f.key]} onCommit={(v) => set(f.key, v)} ctx={ctx} />
          ))}
        </Section>
      ) : null}
      <Section title="Experience">
        <EmotionField value={node.emotion} onCommit={(v) => set('emotion', v)} scope={scope} diagnostics={ctx.diagnostics('emotion')} />
        <CheckboxField name="momentOfTruth" label="★ Moment of truth" optional value={node.momentOfTruth} onCommit={(v) => set('momentOfTruth', v)} diagnostics={ctx.diagnostics('momentOfTruth')} description="A moment that decides how the customer feels about the whole journey" />
        <NumberField name="cost" label="Cost per visit" value={node.cost} optional min={0} onCommit={(v) => set('cost', v)} diagnostics={ctx.diagnostics('cost')} />
      </Section>
      <Section title="Work" defaultOpen={node.work !== undefined}>
        <SelectField
          name="work.team"
          label="Team (one staff member per customer)"
          value={node.work?.team}
          optional
          emptyLabel="— no staff needed —"
          options={teams.map((t) => ({ value: t.id, label: `${t.name} (${t.staff})` }))}
          onCommit={(team) => set('work', team === undefined ? undefined : { handle: '15m', ...node.work, team }, 'work')}
          diagnostics={ctx.diagnostics('work.team')}
        />
        {node.work ? <DistributionField name="work.handle" label="Handle time" durations value={node.work.handle} onCommit={(h) => set('work', { ...node.work, handle: h ?? '15m' } as { team: string; handle: Distribution }, 'handle time')} ctx={ctx} /> : null}
        {teams.length === 0 ? <p className="ji-hint">Declare teams on the journey (select nothing) to give this step staff work.</p> : null}
      </Section>
      <Section title={`Actions on entry (${node.actions?.length ?? 0})`} defaultOpen={(node.actions?.length ?? 0) > 0}>
        <ActionsField name="actions" value={node.actions} onCommit={(v) => set('actions', v as Action[] | undefined)} journey={journey} scope={scope} ctx={ctx} />
      </Section>
    </div>
  );
}
