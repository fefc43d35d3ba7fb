// A staffing suggestion (runtime/sim/staffing) as the Simulation view shows it: per team, the
// staff now → suggested (per schedule entry for a scheduled team), then the service level and the
// abandonment before → after against the target, the utilisation and the cost. Pure.
// Types only from runtime/sim/staffing: the search itself stays in the worker's bundle.
import type { StaffingResult, TeamStaffing } from '../../../runtime/sim/staffing/suggestStaffing';
import type { ScheduleEntry } from '../../../runtime/model/journey';
import { dayLabel } from '../../../runtime/model/calendar/describeSchedule';
import type { TeamStaffingChange } from '../../../runtime/model/ops/staffingOps';
import type { RunSettings } from '../model/runRepository';
import { formatCount, formatPercent } from '../model/formatNumbers';
import { maxAbandonText, serviceLevelStatus, serviceLevelTargetText, type TargetStatus } from '../model/teamTargets';
import { DEFAULT_CURRENCY, formatCurrency } from '../../settings/currency';

/** A suggestion kept for a journey file until it is applied or discarded. */
export interface StaffingProposal {
  fileId: string;
  result: StaffingResult;
  /** journeyHash of the journey it was made from ("journey changed since"). */
  journeyHash: string;
  cohortPath: string;
  settings: RunSettings;
  /** The load it was made for: "8,000 customers over 28 days ≈ 286 a day". */
  load: string;
  createdAt: number;
}

export interface ProposalRow {
  key: string;
  /** "Staff", "Mon–Fri 09:00–17:00", "Service level"… */
  label: string;
  now: string;
  suggested: string;
  /** The target the row is judged by ("80% in 20s", "≤ 5%"), or "". */
  target: string;
  /** The suggested figure against the target (rows with a target). */
  status?: TargetStatus;
  /** The row's value changes (staff rows) or moves (figures). */
  changed: boolean;
  /** Staff rows are what Apply writes; the others are what the simulations found. */
  kind: 'staff' | 'figure';
}

/** "Mon–Fri 09:00–17:00" (as the staffing search names its shifts). */
const entryLabel = (entry: ScheduleEntry) => `${dayLabel(entry.days)} ${entry.from}–${entry.to}`;

const hoursText = (h: number) => (Math.round(h * 10) / 10).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The abandon rate against `maxAbandon` (the figures carry no `offered`: a rate of 0 with nobody offered reads as met). */
function abandonRateStatus(rate: number, maxAbandon: number | null): TargetStatus | undefined {
  if (maxAbandon === null) return undefined;
  return rate <= maxAbandon + 1e-9 ? 'met' : 'missed';
}

/** The rows of one team's proposal, staff first. */
export function proposalRows(t: TeamStaffing, currency: string = DEFAULT_CURRENCY): ProposalRow[] {
  const rows: ProposalRow[] = [];
  const { before, after, target } = t;
  if (after.schedule && before.schedule) {
    after.schedule.forEach((entry, i) => {
      const was = before.schedule![i]?.staff;
      rows.push({
        key: `entry-${i}`,
        label: entryLabel(entry),
        now: was === undefined ? '–' : formatCount(was),
        suggested: formatCount(entry.staff),
        target: '',
        changed: was !== entry.staff,
        kind: 'staff',
      });
    });
  } else {
    rows.push({ key: 'staff', label: 'Staff', now: formatCount(before.staff), suggested: formatCount(after.staff), target: '', changed: before.staff !== after.staff, kind: 'staff' });
  }
  const sl = (x: number | null) => (x === null ? '–' : formatPercent(x));
  if (target.serviceLevel !== null) {
    const status = serviceLevelStatus(after.serviceLevel, target);
    rows.push({
      key: 'serviceLevel',
      label: 'Service level',
      now: sl(before.serviceLevel),
      suggested: sl(after.serviceLevel),
      target: serviceLevelTargetText(target),
      ...(status !== 'none' ? { status } : {}),
      changed: before.serviceLevel !== after.serviceLevel,
      kind: 'figure',
    });
  }
  const abandon = abandonRateStatus(after.abandonRate, target.maxAbandon);
  rows.push({
    key: 'abandonRate',
    label: 'Abandoned',
    now: formatPercent(before.abandonRate),
    suggested: formatPercent(after.abandonRate),
    target: target.maxAbandon === null ? '' : maxAbandonText(target),
    ...(abandon ? { status: abandon } : {}),
    changed: before.abandonRate !== after.abandonRate,
    kind: 'figure',
  });
  rows.push({ key: 'utilization', label: 'Utilisation', now: formatPercent(before.utilization), suggested: formatPercent(after.utilization), target: '', changed: before.utilization !== after.utilization, kind: 'figure' });
  rows.push({ key: 'onDutyHours', label: 'On-duty hours', now: hoursText(before.onDutyHours), suggested: hoursText(after.onDutyHours), target: '', changed: before.onDutyHours !== after.onDutyHours, kind: 'figure' });
  // Whole money: the side bar is narrow, and cents say nothing about a staffing.
  rows.push({ key: 'cost', label: 'Staff cost', now: formatCurrency(before.cost, currency, 'whole'), suggested: formatCurrency(after.cost, currency, 'whole'), target: '', changed: before.cost !== after.cost, kind: 'figure' });
  return rows;
}

/** The teams whose staffing the proposal changes: what Apply writes (as applyStaffing takes them). */
export function proposedChanges(result: StaffingResult): TeamStaffingChange[] {
  return result.teams.filter((t) => t.changed).map((t) => ({ team: t.team, after: { staff: t.after.staff, ...(t.after.schedule ? { schedule: t.after.schedule } : {}) } }));
}

/** The proposal in one line: whether every target is met, what changes, what it cost to find. */
export function proposalSummary(result: StaffingResult): string {
  const n = result.teams.length;
  const changed = result.teams.filter((t) => t.changed).length;
  const missed = result.teams.filter((t) => !t.met).length;
  const simulations = `${formatCount(result.simulations)} simulation${result.simulations === 1 ? '' : 's'}`;
  if (n === 0) return `No team sets a service level or a maximum abandon rate · ${simulations}`;
  const met = missed === 0 ? (n === 1 ? 'The team meets its target' : `All ${n} teams meet their targets`) : `${missed} of ${n} team${n === 1 ? '' : 's'} could not meet ${missed === 1 ? 'its target' : 'their targets'}`;
  const change = changed === 0 ? 'no change to the staffing' : `${changed} team${changed === 1 ? '' : 's'} restaffed`;
  return `${met} · ${change} · ${simulations}`;
}

/** The team's verdict: "meets target" or "could not meet target". */
export function teamVerdict(t: TeamStaffing): string {
  return t.met ? 'meets target' : 'could not meet target';
}
