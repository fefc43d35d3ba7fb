import { useEffect, useMemo, useRef, useState } from 'react';
import { describeSchedule } from '../../../runtime/model/calendar/describeSchedule';
import { gridOfSchedule, isOnGrid } from '../../../runtime/model/calendar/scheduleGrid';
import type { Journey, ScheduleEntry, Team } from '../../../runtime/model/journey';
import { changeTeamId, clearSchedule, officeHours, paintSchedule, removeTeam, renameTeam, setSchedule, setTeamCost, setTeamStaff, teamUsers } from '../../../runtime/model/ops';
import type { Selection } from '../../canvas/selection';
import type { ElementDiagnostics } from '../fieldDiagnostics';
import { CheckboxField } from '../fields/CheckboxField';
import { DiagnosticList } from '../fields/Field';
import { NumberField } from '../fields/NumberField';
import { TextField } from '../fields/TextField';
import { Section } from '../Section';
import { RemoveTeamPrompt } from './RemoveTeamPrompt';
import { ScheduleLegend } from './ScheduleLegend';
import { ScheduleSummary } from './ScheduleSummary';
import { ScheduleToggle } from './ScheduleToggle';
import { ShiftList } from './ShiftList';
import { TargetsSection } from './TargetsSection';
import { TeamUseList } from './TeamUseList';
import { WeekGrid } from './WeekGrid';
import { keptStaff } from './weekGridModel';
import './team.css';

export interface TeamEditorProps {
  journey: Journey;
  team: Team;
  /** The diagnostics under this team (`teams[i]`). */
  diagnostics: ElementDiagnostics;
  onEdit(next: Journey, label: string): void;
  /** Back to the journey's list of teams. */
  onBack(): void;
  /** The team's id changed: keep editing it under its new id. */
  onRenamed?(id: string): void;
  /** Select a node or an edge that uses the team. */
  onReveal?: ((s: Selection) => void) | undefined;
}

const TEAM_FIELDS = ['id', 'name', 'staff', 'costPerHour', 'schedule', 'serviceLevel', 'maxAbandon'];

/** Half hours when some shift starts or ends on the half hour, else hours. */
function slotsFor(schedule: readonly ScheduleEntry[] | undefined): 24 | 48 {
  return schedule?.some((e) => !isOnGrid(e, 24) && isOnGrid(e, 48)) ? 48 : 24;
}

/**
 * One team: who it is, when it is on duty (around the clock with a headcount, or a schedule painted
 * on a week grid and listed as shifts), what it costs, and the targets it is held to. Every change
 * is one edit; a whole paint gesture too.
 */
export function TeamEditor({ journey, team, diagnostics, onEdit, onBack, onRenamed, onReveal }: TeamEditorProps) {
  const at = (name: string, exact?: boolean) => diagnostics.at(name, exact);
  const scheduled = team.schedule !== undefined;
  const [slots, setSlots] = useState<24 | 48>(() => slotsFor(team.schedule));
  const { grid, kept } = useMemo(() => gridOfSchedule(team.schedule ?? [], slots), [team.schedule, slots]);
  const keptGrid = useMemo(() => keptStaff(team.schedule ?? [], kept, slots), [team.schedule, kept, slots]);
  const [paint, setPaint] = useState(() => Math.max(1, ...grid.flat(), scheduled ? 0 : team.staff));
  const description = useMemo(() => describeSchedule(team), [team]);
  const users = useMemo(() => teamUsers(journey, team.id), [journey, team.id]);
  const [removing, setRemoving] = useState(false);
  // The schedule the team had before it went around the clock: switching back restores it.
  const lastSchedule = useRef<ScheduleEntry[] | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Opened from further down the journey form: start at the top of the team.
    root.current?.closest('.ji-root')?.scrollIntoView?.({ block: 'start' });
  }, []);

  const toggle = (on: boolean) => {
    if (on) onEdit(setSchedule(journey, team.id, lastSchedule.current ?? [officeHours(team.staff)]), `Give team ${team.id} a schedule`);
    else {
      lastSchedule.current = team.schedule;
      onEdit(clearSchedule(journey, team.id), `Team ${team.id} works around the clock`);
    }
  };
  const remove = () => {
    const r = removeTeam(journey, team.id);
    if (r.removed) onEdit(r.journey, `Remove team ${team.id}`);
    else setRemoving(true);
  };

  return (
    <div ref={root} className="ji-form jt-editor" data-element="team" data-testid="team-editor" data-team={team.id}>
      <div className="jt-back-row">
        <button type="button" className="jt-link" data-testid="team-back" onClick={onBack}>
          ← All teams
        </button>
      </div>
      <DiagnosticList diagnostics={diagnostics.rest(TEAM_FIELDS)} />
      <Section title="Team">
        <TextField name="name" label="Name" value={team.name} testId="team-name" onCommit={(v) => onEdit(renameTeam(journey, team.id, v ?? ''), `Rename team ${team.id}`)} diagnostics={at('name')} />
        {/* Not live: changing a team's id renames it in every step that names it and remounts this
            editor (keyed by id); half-typed ids would be renames of their own (or refused as taken),
            and the focus would go at the first pause. It commits on blur or Enter, as one rename. */}
        <TextField
          name="id"
          label="Id"
          value={team.id}
          live={false}
          inputClass="ji-input-code"
          testId="team-id"
          description="Steps and tasks name the team by its id; changing it changes them too"
          noteFor={(draft) => (draft !== team.id && changeTeamId(journey, team.id, draft) === journey ? <div className="ji-note ji-note-error">not a free id: lower-case letters, digits and “-”, unused by any other element</div> : null)}
          onCommit={(v) => {
            if (!v) return;
            const next = changeTeamId(journey, team.id, v);
            if (next === journey) return;
            onEdit(next, `Rename team ${team.id} to ${v}`);
            onRenamed?.(v);
          }}
          diagnostics={at('id')}
        />
        <NumberField name="costPerHour" label="Cost per staff hour" value={team.costPerHour} optional min={0} testId="team-cost" description="The cost of one staff member's hour on duty" onCommit={(v) => onEdit(setTeamCost(journey, team.id, v), `Set cost per hour of team ${team.id}`)} diagnostics={at('costPerHour')} />
      </Section>
      <Section title="On duty">
        <ScheduleToggle scheduled={scheduled} onChange={toggle} />
        {scheduled ? (
          <>
            <CheckboxField name="halfHours" label="Half hours" testId="schedule-resolution" value={slots === 48} onCommit={(v) => setSlots(v ? 48 : 24)} description="Paint the week in half-hour cells instead of hours" />
            <WeekGrid key={slots} grid={grid} kept={keptGrid} paint={paint} onPaint={(p) => onEdit(paintSchedule(journey, team.id, { ...p, slotsPerDay: slots }), `Paint schedule of team ${team.id}`)} />
            <ScheduleLegend paint={paint} onPaintChange={setPaint} staffHours={description.staffHoursPerWeek} weeklyCost={team.costPerHour === undefined ? undefined : description.staffHoursPerWeek * team.costPerHour} />
            {kept.length > 0 ? (
              <p className="ji-hint" data-testid="schedule-kept">
                {kept.length} shift{kept.length === 1 ? ' is' : 's are'} not on the {slots === 24 ? 'hour' : 'half hour'} (or {kept.length === 1 ? 'has' : 'have'} a problem): the cells they touch are marked, and painting keeps {kept.length === 1 ? 'it' : 'them'} as written. Change {kept.length === 1 ? 'it' : 'them'} in the list of shifts.
              </p>
            ) : null}
            <DiagnosticList diagnostics={at('schedule', true) ?? []} />
          </>
        ) : (
          <NumberField name="staff" label="Staff on duty at all times" value={team.staff} int min={1} testId="team-staff" onCommit={(v) => v !== undefined && onEdit(setTeamStaff(journey, team.id, v), `Set staff of team ${team.id}`)} diagnostics={at('staff')} />
        )}
        <ScheduleSummary description={description} />
      </Section>
      {scheduled ? (
        <Section title={`Shifts (${team.schedule!.length})`} defaultOpen={kept.length > 0}>
          <ShiftList journey={journey} team={team} diagnostics={diagnostics} onEdit={onEdit} />
        </Section>
      ) : null}
      <TargetsSection journey={journey} team={team} diagnostics={diagnostics} onEdit={onEdit} />
      <Section title={`Used by (${users.length})`} defaultOpen={users.length > 0}>
        {users.length > 0 ? <TeamUseList journey={journey} users={users} onReveal={onReveal} /> : <p className="ji-hint">No step uses this team yet: give a step work from it in the step's Work section.</p>}
      </Section>
      <div className="jt-danger">
        {removing && users.length > 0 ? (
          <RemoveTeamPrompt journey={journey} team={team} users={users} onEdit={onEdit} onCancel={() => setRemoving(false)} onReveal={onReveal} />
        ) : (
          <button type="button" className="ji-button jt-button-quiet" data-testid="team-remove" onClick={remove}>
            Remove team
          </button>
        )}
      </div>
    </div>
  );
}
