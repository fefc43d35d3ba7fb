// Pure edit operations on a journey's teams (DESIGN §2): each returns a new journey, or the same
// one when nothing changes (so no empty undo step is recorded), and never mutates its input.
import { paintRectangle, scheduleWithGrid, type SchedulePaint } from '../calendar/schedulePaint';
import type { ScheduleGrid } from '../calendar/scheduleGrid';
import type { Journey, ScheduleEntry, ServiceLevel, Team } from '../journey';
import { ID_PATTERN } from '../primitives';
import { sameJson } from '../sameJson';
import { withPatch } from './nodeOps';
import { reassignTeam, teamUsers, type TeamUse } from './teamUsers';
import { idsOf, uniqueId } from './uniqueId';

export { teamUsers, reassignTeam, type TeamUse } from './teamUsers';
export { gridOfSchedule, entriesOfGrid, type ScheduleGrid } from '../calendar/scheduleGrid';
export { paintRectangle, repaintSchedule, scheduleWithGrid, type GridCell, type SchedulePaint } from '../calendar/schedulePaint';

/** The shift a team gets when it starts working a schedule: office hours, its whole headcount. */
export function officeHours(staff: number): ScheduleEntry {
  return { days: 'mon-fri', from: '09:00', to: '17:00', staff };
}

/** The target a team gets when it first sets one: 80% answered within 20 s (the call-centre classic). */
export const DEFAULT_SERVICE_LEVEL: ServiceLevel = { answer: 0.8, within: '20s' };

/** The team with that id, or undefined. */
export function teamOf(journey: Journey, teamId: string): Team | undefined {
  return journey.teams?.find((t) => t.id === teamId);
}

/** Change fields of a team; `undefined` removes a field. The same journey when nothing changes. */
export function updateTeam(journey: Journey, teamId: string, patch: Partial<Record<keyof Team, unknown>> & Record<string, unknown>): Journey {
  const team = teamOf(journey, teamId);
  if (!team) return journey;
  const record = team as Record<string, unknown>;
  if (Object.entries(patch).every(([k, v]) => sameJson(record[k], v))) return journey;
  const next = withPatch(team, patch);
  return { ...journey, teams: journey.teams!.map((t) => (t === team ? next : t)) };
}

/** Add a team named `name` (1 staff around the clock unless `init` says otherwise); returns its unique id. */
export function addTeam(journey: Journey, name: string, init: Partial<Omit<Team, 'id' | 'name'>> = {}): { journey: Journey; teamId: string } {
  const teamId = uniqueId(journey, /[a-z0-9]/i.test(name) ? name : 'team');
  const team = { id: teamId, name, staff: 1, ...init } as Team;
  return { journey: { ...journey, teams: [...(journey.teams ?? []), team] }, teamId };
}

export interface RemoveTeam {
  journey: Journey;
  /** Was the team removed? False when it is still used and no team was given to take its work. */
  removed: boolean;
  /** The places that named the team: still naming it (not removed) or moved to `reassignTo`. */
  users: TeamUse[];
}

/**
 * Remove a team. A team that nodes or tasks still use is not removed (the journey comes back as it
 * was, with the list of users so that the editor can say where), unless `reassignTo` names another
 * team: then every use moves to that team first.
 */
export function removeTeam(journey: Journey, teamId: string, options: { reassignTo?: string } = {}): RemoveTeam {
  if (!teamOf(journey, teamId)) return { journey, removed: false, users: [] };
  const users = teamUsers(journey, teamId);
  const to = options.reassignTo;
  const canMove = to !== undefined && to !== teamId && teamOf(journey, to) !== undefined;
  if (users.length > 0 && !canMove) return { journey, removed: false, users };
  const moved = canMove ? reassignTeam(journey, teamId, to) : journey;
  return { journey: { ...moved, teams: moved.teams!.filter((t) => t.id !== teamId) }, removed: true, users };
}

/** Set the name people read. */
export function renameTeam(journey: Journey, teamId: string, name: string): Journey {
  return updateTeam(journey, teamId, { name });
}

/**
 * Change a team's id, and every use of it with it. The same journey when the new id is not a slug
 * or is taken by any element (ids are unique across nodes, edges, stages, lanes and teams).
 */
export function changeTeamId(journey: Journey, teamId: string, newId: string): Journey {
  if (newId === teamId || !teamOf(journey, teamId) || !ID_PATTERN.test(newId) || idsOf(journey).has(newId)) return journey;
  const withTeam = { ...journey, teams: journey.teams!.map((t) => (t.id === teamId ? { ...t, id: newId } : t)) };
  return reassignTeam(withTeam, teamId, newId);
}

/** The headcount on duty at all times (when the team works around the clock). */
export function setTeamStaff(journey: Journey, teamId: string, staff: number): Journey {
  return updateTeam(journey, teamId, { staff });
}

/** The cost of one staff member's hour on duty; undefined removes it. */
export function setTeamCost(journey: Journey, teamId: string, costPerHour: number | undefined): Journey {
  return updateTeam(journey, teamId, { costPerHour });
}

/** Give the team a schedule, or (undefined) make it work around the clock with `staff`. */
export function setSchedule(journey: Journey, teamId: string, schedule: readonly ScheduleEntry[] | undefined): Journey {
  return updateTeam(journey, teamId, { schedule: schedule ? [...schedule] : undefined });
}

/** The team works around the clock again (`staff` on duty at all times). */
export function clearSchedule(journey: Journey, teamId: string): Journey {
  return setSchedule(journey, teamId, undefined);
}

/** Add a shift at `index` (default: last); a team without a schedule starts one with it. */
export function addScheduleEntry(journey: Journey, teamId: string, entry: ScheduleEntry, index?: number): Journey {
  const team = teamOf(journey, teamId);
  if (!team) return journey;
  const schedule = [...(team.schedule ?? [])];
  schedule.splice(index ?? schedule.length, 0, entry);
  return setSchedule(journey, teamId, schedule);
}

/** Change fields of the shift at `index` (days, from, to, staff). */
export function updateScheduleEntry(journey: Journey, teamId: string, index: number, patch: Partial<ScheduleEntry>): Journey {
  const schedule = teamOf(journey, teamId)?.schedule;
  const entry = schedule?.[index];
  if (!schedule || !entry) return journey;
  return setSchedule(journey, teamId, schedule.map((e, i) => (i === index ? withPatch(entry, patch as Record<string, unknown>) : e)));
}

/** Remove the shift at `index`. The schedule stays, even empty (nobody on duty): say so with clearSchedule. */
export function removeScheduleEntry(journey: Journey, teamId: string, index: number): Journey {
  const schedule = teamOf(journey, teamId)?.schedule;
  if (!schedule || index < 0 || index >= schedule.length) return journey;
  return setSchedule(journey, teamId, schedule.filter((_, i) => i !== index));
}

/**
 * Set the service-level target, or change part of it (the rest kept, or DEFAULT_SERVICE_LEVEL's for
 * a team that had none); undefined removes the target.
 */
export function setServiceLevel(journey: Journey, teamId: string, patch: Partial<ServiceLevel> | undefined): Journey {
  const team = teamOf(journey, teamId);
  if (!team) return journey;
  return updateTeam(journey, teamId, { serviceLevel: patch === undefined ? undefined : { ...DEFAULT_SERVICE_LEVEL, ...team.serviceLevel, ...patch } });
}

export function clearServiceLevel(journey: Journey, teamId: string): Journey {
  return setServiceLevel(journey, teamId, undefined);
}

/** The largest share (0…1) of the customers offered that may give up; undefined removes the target. */
export function setMaxAbandon(journey: Journey, teamId: string, maxAbandon: number | undefined): Journey {
  return updateTeam(journey, teamId, { maxAbandon });
}

export function clearMaxAbandon(journey: Journey, teamId: string): Journey {
  return setMaxAbandon(journey, teamId, undefined);
}

/**
 * Paint a rectangle of the week grid (`paint.slotsPerDay` slots a day, corners either way round)
 * with `paint.staff` on duty: one gesture, one edit. Only the entries the rectangle meets may change,
 * and as little as they must (see schedulePaint.ts): the others stay as written, in their order, and
 * what the rectangle needs on top is added at the end, or where the first trimmed entry was
 * ("sat-sun 13:00–17:00 · 2"). Entries off the
 * grid's slots (09:30 on an hourly grid) are kept as they are: their staff still adds up. A team
 * without a schedule gets one. The same journey when the paint changes no cell (no undo step).
 */
export function paintSchedule(journey: Journey, teamId: string, paint: SchedulePaint): Journey {
  const team = teamOf(journey, teamId);
  if (!team) return journey;
  const current = team.schedule ?? [];
  const next = paintRectangle(current, paint);
  if (team.schedule && next === current) return journey;
  return setSchedule(journey, teamId, next);
}

/**
 * The schedule that puts a whole week grid on duty (7 × 24 hours or 7 × 48 half-hours of staff
 * counts): the cells where it differs from the team's are painted as paintSchedule paints, so the
 * entries away from them stay as the user wrote them. Entries that do not fall on the grid's slots
 * (a 09:30 start on an hourly grid, or an entry the linter reports) are not on the grid that
 * gridOfSchedule shows, and are kept as they are: their staff still adds up. A team without a
 * schedule gets one. The same journey when the grid is the one it already has.
 */
export function setScheduleFromGrid(journey: Journey, teamId: string, grid: ScheduleGrid): Journey {
  const team = teamOf(journey, teamId);
  if (!team) return journey;
  const current = team.schedule ?? [];
  const next = scheduleWithGrid(current, grid);
  if (team.schedule && sameJson(current, next)) return journey;
  return setSchedule(journey, teamId, next);
}
