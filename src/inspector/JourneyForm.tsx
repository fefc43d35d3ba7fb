import { useState, type ReactNode } from 'react';
import type { AttributeType, Journey } from '../../runtime/model/journey';
import { addStage, moveStage, removeStage, updateJourney } from '../../runtime/model/ops';
import type { Selection } from '../canvas/selection';
import { DiagnosticList } from './fields/Field';
import { ScalarField } from './fields/ScalarField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import type { ElementDiagnostics } from './fieldDiagnostics';
import { Section } from './Section';
import { TeamsSection } from './team/TeamsSection';
import { Icon } from '../shell/icons';

export interface JourneyFormProps {
  journey: Journey;
  diagnostics: ElementDiagnostics;
  onEdit(next: Journey, label: string): void;
}

export interface JourneyFormExtras {
  /** Open a team's editor (the Teams section lists them). */
  onOpenTeam?(teamId: string): void;
  /** A command asked for the teams: the section is revealed (a new value reveals again). */
  revealTeams?: number | undefined;
  /** Select a node or an edge (a team's users). */
  onReveal?: ((s: Selection) => void) | undefined;
}

const TOP = ['format', 'id', 'name', 'description', 'cohort', 'start', 'stages', 'teams', 'customer', 'vars', 'lanes'];

/** The journey itself (nothing selected): name, description, start, stages, teams, customer attributes, variables. */
export function JourneyForm({ journey, diagnostics, onEdit, onOpenTeam, revealTeams, onReveal }: JourneyFormProps & JourneyFormExtras) {
  const at = (name: string, exact?: boolean) => diagnostics.at(name, exact);
  const set = (patch: Parameters<typeof updateJourney>[1], what: string) => onEdit(updateJourney(journey, patch), `Set ${what} of journey`);
  const rest = diagnostics.rest(TOP).filter((d) => d.path.length <= 1);
  return (
    <div className="ji-form" data-element="journey">
      <DiagnosticList diagnostics={rest} />
      <Section title="Journey">
        <TextField name="name" label="Name" value={journey.name} onCommit={(v) => set({ name: v ?? '' }, 'name')} diagnostics={at('name')} />
        <TextField name="id" label="Id" inputClass="ji-input-code" value={journey.id} onCommit={(v) => v && set({ id: v }, 'id')} diagnostics={at('id')} />
        <TextField name="description" label="Description" value={journey.description} optional multiline onCommit={(v) => set({ description: v }, 'description')} diagnostics={at('description')} />
        <SelectField name="start" label="Start node" value={journey.start || undefined} options={journey.nodes.map((n) => ({ value: n.id, label: `${n.label || n.id} (${n.id})` }))} onCommit={(v) => set({ start: v ?? '' }, 'start')} diagnostics={at('start')} />
        <TextField name="cohort" label="Default cohort (file)" value={journey.cohort} optional placeholder="customers.cohort.json" onCommit={(v) => set({ cohort: v }, 'cohort')} diagnostics={at('cohort')} />
      </Section>
      <StagesSection journey={journey} onEdit={onEdit} diagnostics={diagnostics} />
      <TeamsSection key={revealTeams ?? 0} journey={journey} onEdit={onEdit} diagnostics={diagnostics} onOpen={(id) => onOpenTeam?.(id)} revealed={revealTeams !== undefined} onReveal={onReveal} />
      <AttributesSection journey={journey} onEdit={onEdit} diagnostics={diagnostics} />
      <VarsSection journey={journey} onEdit={onEdit} diagnostics={diagnostics} />
    </div>
  );
}

function StagesSection({ journey, onEdit, diagnostics }: JourneyFormProps) {
  const stages = journey.stages ?? [];
  return (
    <Section title={`Stages (${stages.length})`}>
      <ol className="ji-rows">
        {stages.map((s, i) => (
          <li key={s.id} className="ji-row">
            <div className="ji-row-main">
              <TextField name={`stages.${i}.name`} label={s.id} value={s.name} onCommit={(v) => onEdit(updateJourney(journey, { stages: stages.map((x) => (x.id === s.id ? { ...x, name: v ?? '' } : x)) }), `Rename stage ${s.id}`)} diagnostics={diagnostics.at(`stages.${i}`)} />
            </div>
            <button type="button" className="ji-icon-button" title="Move left (earlier in the journey)" aria-label={`Move stage ${s.id} left`} disabled={i === 0} onClick={() => onEdit(moveStage(journey, s.id, -1), `Move stage ${s.id}`)}>
              <Icon name="arrowLeft" size={14} />
            </button>
            <button type="button" className="ji-icon-button" title="Remove the stage (its nodes lose their stage)" aria-label={`Remove stage ${s.id}`} onClick={() => onEdit(removeStage(journey, s.id), `Remove stage ${s.id}`)}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <AddRow
        placeholder="New stage name"
        label="Add stage"
        onAdd={(name) => {
          const { journey: next, stageId } = addStage(journey, name);
          onEdit(next, `Add stage ${stageId}`);
        }}
      />
    </Section>
  );
}

function AttributesSection({ journey, onEdit, diagnostics }: JourneyFormProps) {
  const customer = journey.customer ?? {};
  const [type, setType] = useState<AttributeType>('number');
  const setAttrs = (next: Record<string, AttributeType>, label: string) => onEdit(updateJourney(journey, { customer: Object.keys(next).length ? next : undefined }), label);
  return (
    <Section title={`Customer attributes (${Object.keys(customer).length})`} defaultOpen={false}>
      <p className="ji-hint">
        Expressions read them as <code>customer.&lt;name&gt;</code>; <code>segment</code> is always there.
      </p>
      {Object.entries(customer).map(([name, t]) => (
        <div key={name} className="ji-row">
          <div className="ji-row-main">
            <SelectField name={`customer.${name}`} label={name} value={t} options={['number', 'bool', 'string']} onCommit={(v) => v && setAttrs({ ...customer, [name]: v as AttributeType }, `Set type of customer.${name}`)} diagnostics={diagnostics.at(`customer.${name}`)} />
          </div>
          <button
            type="button"
            className="ji-icon-button"
            aria-label={`Remove attribute ${name}`}
            title="Remove attribute"
            onClick={() => {
              const { [name]: _gone, ...rest } = customer;
              setAttrs(rest, `Remove customer.${name}`);
            }}
          >
            ✕
          </button>
        </div>
      ))}
      <AddRow
        placeholder="attribute name"
        label="Add attribute"
        extra={
          <select className="ji-input ji-select ji-select-small" aria-label="Attribute type" value={type} onChange={(e) => setType(e.target.value as AttributeType)}>
            <option value="number">number</option>
            <option value="bool">bool</option>
            <option value="string">string</option>
          </select>
        }
        onAdd={(name) => setAttrs({ ...customer, [name.trim()]: type }, `Add customer.${name.trim()}`)}
      />
    </Section>
  );
}

function VarsSection({ journey, onEdit, diagnostics }: JourneyFormProps) {
  const vars = journey.vars ?? {};
  const setVars = (next: Record<string, unknown>, label: string) => onEdit(updateJourney(journey, { vars: Object.keys(next).length ? next : undefined }), label);
  const toValue = (v: string | number | undefined) => (v === 'true' ? true : v === 'false' ? false : (v ?? ''));
  return (
    <Section title={`Journey variables (${Object.keys(vars).length})`} defaultOpen={false}>
      <p className="ji-hint">
        Initial values; expressions read them as <code>journey.&lt;name&gt;</code> and assign actions change them.
      </p>
      {Object.entries(vars).map(([name, v]) => (
        <div key={name} className="ji-row">
          <div className="ji-row-main">
            <ScalarField name={`vars.${name}`} label={name} value={typeof v === 'object' ? JSON.stringify(v) : (v as string | number | boolean)} onCommit={(x) => setVars({ ...vars, [name]: toValue(x) }, `Set journey.${name}`)} diagnostics={diagnostics.at(`vars.${name}`)} />
          </div>
          <button
            type="button"
            className="ji-icon-button"
            aria-label={`Remove variable ${name}`}
            title="Remove variable"
            onClick={() => {
              const { [name]: _gone, ...rest } = vars;
              setVars(rest, `Remove journey.${name}`);
            }}
          >
            ✕
          </button>
        </div>
      ))}
      <AddRow placeholder="variable name" label="Add variable" onAdd={(name) => setVars({ ...vars, [name.trim()]: 0 }, `Add journey.${name.trim()}`)} />
    </Section>
  );
}

/** A small "name + Add" row. */
function AddRow({ placeholder, label, onAdd, extra }: { placeholder: string; label: string; onAdd(name: string): void; extra?: ReactNode }) {
  const [name, setName] = useState('');
  const add = () => {
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <div className="ji-add-row">
      <input className="ji-input" value={name} placeholder={placeholder} aria-label={placeholder} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
      {extra}
      <button type="button" className="ji-button" onClick={add} disabled={name.trim() === ''}>
        {label}
      </button>
    </div>
  );
}
