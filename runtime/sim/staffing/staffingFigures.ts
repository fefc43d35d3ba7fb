// The figures the staffing search reports for each team with a target: its target, its staffing
// and figures before (the journey as it is) and after (the suggested staffing), each from that
// staffing's own simulation, so what is reported is what was simulated.
import type { ScheduleEntry, Team } from '../../model/journey';
import type { TeamStats } from '../result/simulationResult';

export interface StaffingFigures {
  /** The team's `staff` field (a scheduled team's stays as it is). */
  staff: number;
  /** The schedule with these staff levels (scheduled teams only). */
  schedule?: ScheduleEntry[];
  /** Served within the target time / offered; null without a service-level target (or nobody offered). */
  serviceLevel: number | null;
  abandonRate: number;
  utilization: number;
  /** Paid staff time: cost + idleCost. */
  cost: number;
  onDutyHours: number;
}

export interface TeamStaffing {
  team: string;
  name: string;
  target: { serviceLevel: number | null; withinMs: number | null; maxAbandon: number | null };
  before: StaffingFigures;
  after: StaffingFigures;
  /** The target holds with the suggested staffing (overall and, with a schedule, for each entry's customers). */
  met: boolean;
  /** The suggested staffing differs from the journey's. */
  changed: boolean;
}

/** A team's staffing and its figures in one simulation (undefined stats: nobody came, all zero). */
export function staffingFigures(team: Team, stats: TeamStats | undefined): StaffingFigures {
  const f: StaffingFigures = {
    staff: team.staff,
    serviceLevel: stats?.serviceLevel ?? null,
    abandonRate: stats?.abandonRate ?? 0,
    utilization: stats?.utilization ?? 0,
    cost: Math.round(((stats?.cost ?? 0) + (stats?.idleCost ?? 0)) * 1e6) / 1e6,
    onDutyHours: stats?.onDutyHours ?? 0,
  };
  if (team.schedule) f.schedule = team.schedule.map((e) => ({ ...e }));
  return f;
}

