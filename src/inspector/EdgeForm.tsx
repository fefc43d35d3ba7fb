import { useRef } from 'react';
import type { ExprScope } from '../../runtime/expr';
import { triggersOf, type JourneyEdge, type Sim } from '../../runtime/model/edge';
import type { Journey } from '../../runtime/model/journey';
import { updateEdge } from '../../runtime/model/ops';
import type { Action, Distribution } from '../../runtime/model/primitives';
import { eventNameFor } from '../canvas/triggerLabel';
import { ActionsField } from './ActionsField';
import { DistributionField } from './DistributionField';
import { DurationNote } from './durationNote';
import { ExpressionField, ExpressionNote } from './fields/ExpressionField';
import { DiagnosticList } from './fields/Field';
import { ScalarField, parseScalar } from './fields/ScalarField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import type { ElementDiagnostics } from './fieldDiagnostics';
import type { FormContext } from './SchemaField';
import { Section } from './Section';
import { useFieldFocusRequest } from './fieldFocusRequest';

export interface EdgeFormProps {
  journey: Journey;
  edge: JourneyEdge;
  diagnostics: ElementDiagnostics;
  scope: ExprScope;
  onEdit(next: Journey, label: string): void;
}

type TriggerType = 'event' | 'after' | 'always';
const TRIGGERS: { value: TriggerType; label: string }[] = [
  { value: 'event', label: 'event — something happens' },
  { value: 'after', label: 'after — a timer runs out' },
  { value: 'always', label: 'always — a rule, at once' },
];
const TOP = ['id', 'from', 'to', 'event', 'after', 'always', 'guard', 'label', 'actions', 'sim'];

/** The form of an edge: trigger (event / after / always), guard, label, actions and simulation. */
export function EdgeForm({ journey, edge, diagnostics, scope, onEdit }: EdgeFormProps) {
  const ctx: FormContext = { diagnostics: (name, exact) => diagnostics.at(name, exact) };
  const root = useRef<HTMLDivElement>(null);
  // A double-click on the edge's label on the canvas asks for its trigger field.
  useFieldFocusRequest(edge.id, root);
  const set = (patch: Record<string, unknown>, what: string) => onEdit(updateEdge(journey, edge.id, patch), `Set ${what} of ${edge.id}`);
  const trigger = triggersOf(edge)[0]?.type;
  const target = journey.nodes.find((n) => n.id === edge.to);
  const sim = edge.sim;
  const setSim = (key: keyof Sim, value: unknown) => {
    const next: Record<string, unknown> = { ...(sim ?? {}) };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set({ sim: Object.keys(next).length ? next : undefined }, `sim ${key}`);
  };
  const sources = [...journey.nodes.map((n) => ({ value: n.id, label: `${n.label || n.id} (${n.id})` })), ...(journey.stages ?? []).map((s) => ({ value: s.id, label: `stage: ${s.name || s.id}` }))];
  const targets = journey.nodes.map((n) => ({ value: n.id, label: `${n.label || n.id} (${n.id})` }));
  const pText = sim?.p === undefined ? '' : String(sim.p);
  return (
    <div className="ji-form" data-element="edge" data-edge-id={edge.id} ref={root}>
      <DiagnosticList diagnostics={diagnostics.rest(TOP)} />
      <Section title="Trigger">
        <SelectField
          name="trigger"
          label="Trigger"
          value={trigger}
          options={TRIGGERS}
          diagnostics={ctx.diagnostics('event', true) ?? ctx.diagnostics('always')}
          onCommit={(t) => {
            if (t === trigger || t === undefined) return;
            const patch = t === 'event' ? { event: eventNameFor(target?.label || edge.to) } : t === 'after' ? { after: '1d' } : { always: true };
            set(patch, 'trigger');
          }}
        />
        {trigger === 'event' ? <TextField name="event" label="Event" inputClass="ji-input-code" value={edge.event} placeholder="APPLY" onCommit={(v) => v && set({ event: v }, 'event')} diagnostics={ctx.diagnostics('event')} /> : null}
        {trigger === 'after' ? (
          <ScalarField name="after" label="After (no other event for…)" value={edge.after} placeholder="3d" onCommit={(v) => v !== undefined && v !== '' && set({ after: v }, 'after')} diagnostics={ctx.diagnostics('after')} noteFor={(draft) => <DurationNote text={draft} />} />
        ) : null}
        <ExpressionField name="guard" label="Guard (CEL condition)" value={edge.guard} optional scope={scope} expect="bool" placeholder={'customer.segment == "gold"'} onCommit={(v) => set({ guard: v }, 'guard')} diagnostics={ctx.diagnostics('guard')} />
        <TextField name="label" label="Label" value={edge.label} optional onCommit={(v) => set({ label: v }, 'label')} diagnostics={ctx.diagnostics('label')} />
      </Section>
      <Section title="Connection">
        <SelectField name="from" label="From" value={edge.from} options={sources} onCommit={(v) => v && set({ from: v }, 'from')} diagnostics={ctx.diagnostics('from')} />
        <SelectField name="to" label="To" value={edge.to} options={targets} onCommit={(v) => v && set({ to: v }, 'to')} diagnostics={ctx.diagnostics('to')} />
      </Section>
      <Section title="Simulation" defaultOpen={sim !== undefined}>
        <TextField
          name="sim.p"
          label="Probability p (0…1 or CEL)"
          inputClass="ji-input-code"
          value={sim?.p === undefined ? undefined : pText}
          optional
          placeholder="0.4"
          onCommit={(v) => setSim('p', v === undefined ? undefined : parseScalar(v))}
          diagnostics={ctx.diagnostics('sim.p')}
          noteFor={(draft) => {
            const p = parseScalar(draft);
            if (draft.trim() === '') return null;
            if (typeof p === 'number') return p < 0 || p > 1 ? <div className="ji-note ji-note-error">a probability is between 0 and 1</div> : null;
            return <ExpressionNote text={draft} scope={scope} expect="number" />;
          }}
        />
        <DistributionField name="sim.delay" label="Delay" durations optional value={sim?.delay} onCommit={(v) => setSim('delay', v as Distribution | undefined)} ctx={ctx} />
        {sim?.segments ? <p className="ji-hint">Per-segment overrides for {Object.keys(sim.segments).join(', ')}: edit them in the source.</p> : null}
      </Section>
      <Section title={`Actions (${edge.actions?.length ?? 0})`} defaultOpen={(edge.actions?.length ?? 0) > 0}>
        <ActionsField name="actions" value={edge.actions} onCommit={(v) => set({ actions: v as Action[] | undefined }, 'actions')} journey={journey} scope={scope} ctx={ctx} />
      </Section>
    </div>
  );
}
