// A team's figures against its targets (DESIGN §2, §5): the service level against
// `serviceLevel.answer` within `serviceLevel.within`, the abandon rate against `maxAbandon`.
// Shared by the charts, the Markdown report, the map's "service level" colouring and the staffing
// proposal, so that "met" means the same everywhere.
import type { QueueStats, TeamStats } from '../../../runtime/sim/result/simulationResult';
import { formatDuration, formatPercent } from './formatNumbers';

/** met: the figure reaches the target; missed: it does not; none: no target (or nobody offered). */
export type TargetStatus = 'met' | 'missed' | 'none';

export interface TeamTarget {
  serviceLevel: number | null;
  withinMs: number | null;
  maxAbandon: number | null;
}

/** Shares are rounded to 6 decimals in a result: a figure this close to its target counts as on it. */
const EPSILON = 1e-9;

/** The service level (a share of those offered) against the target share. */
export function serviceLevelStatus(serviceLevel: number | null, target: TeamTarget): TargetStatus {
  if (target.serviceLevel === null || serviceLevel === null) return 'none';
  return serviceLevel + EPSILON >= target.serviceLevel ? 'met' : 'missed';
}

/** The abandon rate against `maxAbandon` (nobody offered: no figure). */
export function abandonStatus(queue: Pick<QueueStats, 'offered' | 'abandonRate'>, target: TeamTarget): TargetStatus {
  if (target.maxAbandon === null || queue.offered === 0) return 'none';
  return queue.abandonRate <= target.maxAbandon + EPSILON ? 'met' : 'missed';
}

/** Both targets at once: missed when either is missed, met when at least one is met and none missed. */
export function overallStatus(...statuses: TargetStatus[]): TargetStatus {
  if (statuses.includes('missed')) return 'missed';
  return statuses.includes('met') ? 'met' : 'none';
}

/** A team's status against all its targets. */
export function teamStatus(team: Pick<TeamStats, 'offered' | 'abandonRate' | 'serviceLevel' | 'target'>): TargetStatus {
  return overallStatus(serviceLevelStatus(team.serviceLevel, team.target), abandonStatus(team, team.target));
}

/** "80% in 20s", or "–" without a service-level target. */
export function serviceLevelTargetText(target: TeamTarget): string {
  if (target.serviceLevel === null) return '–';
  return target.withinMs === null ? formatPercent(target.serviceLevel, 0) : `${formatPercent(target.serviceLevel, 0)} in ${formatDuration(target.withinMs)}`;
}

/** "5%", "2.5%": the `maxAbandon` share as a percentage, or "–" without one. */
export function abandonLimitText(target: TeamTarget): string {
  return target.maxAbandon === null ? '–' : formatPercent(target.maxAbandon, target.maxAbandon * 100 === Math.round(target.maxAbandon * 100) ? 0 : 1);
}

/** "≤ 5%", or "–" without a `maxAbandon`. */
export function maxAbandonText(target: TeamTarget): string {
  return target.maxAbandon === null ? '–' : `≤ ${abandonLimitText(target)}`;
}

export const STATUS_WORDS: Record<TargetStatus, string> = { met: 'met', missed: 'missed', none: 'no target' };

/** Colours of the statuses (the result palette's success / failure / neutral). */
export const STATUS_COLOURS: Record<TargetStatus, string> = { met: '#3fa34d', missed: '#d64545', none: '#8c96a3' };
