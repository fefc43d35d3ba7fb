// When a team's target (`serviceLevel` and/or `maxAbandon`) holds, judged from one simulation's
// TeamStats:
// - A team without a schedule: over all the customers offered to it in the run.
// - A team with a schedule: overall, AND for the customers offered during each entry's hours (the
//   hours of the week it covers; an hour it covers only partly counts whole; hours covered by
//   overlapping entries count for each of them). Customers are counted by the hour they were
//   offered (TeamStats.byHourOfWeek). Customers offered while nobody is on duty count only in the
//   overall figure: they wait for the next shift, which is the entry raised when the team misses
//   overall while each entry holds (entryHours' `serving`, raisePhase.ts). An entry whose hours saw
//   nobody offered holds trivially; so does a team nobody was offered to.
// - The service level holds when served-within-target ≥ answer × offered; the abandonment when
//   abandoned ≤ maxAbandon × offered (exact counts, not the rounded shares).
import type { ScheduleEntry, Team } from '../../model/journey';
import { clockMinutes, parseDays } from '../../model/calendar/scheduleEntry';
import { HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';
import { durationMs } from '../../model/duration';
import type { TeamStats } from '../result/simulationResult';

/** A team's target; null where the team sets none (a service level whose `within` does not parse is none). */
export interface Target {
  answer: number | null;
  withinMs: number | null;
  maxAbandon: number | null;
}

/** Customers offered to a team (or in some hours of the week), those served within the target time, those who gave up. */
export interface Tally {
  offered: number;
  within: number;
  abandoned: number;
}

/** What judging reads of a team's TeamStats. */
export type TeamCounts = Pick<TeamStats, 'offered' | 'abandoned'> & { byHourOfWeek: Pick<TeamStats['byHourOfWeek'], 'offered' | 'withinTarget' | 'abandoned'> };

export function targetOf(team: Team): Target {
  const sl = team.serviceLevel;
  const withinMs = sl ? durationMs(sl.within) ?? null : null;
  return {
    answer: sl && withinMs !== null ? sl.answer : null,
    withinMs,
    maxAbandon: team.maxAbandon ?? null,
  };
}

export const hasTarget = (t: Target) => t.answer !== null || t.maxAbandon !== null;

/** Hours of the week (0…167) each parsable entry covers, at least partly; undefined for an entry that does not parse. */
function coveredHours(entry: ScheduleEntry): number[] | undefined {
  const days = parseDays(entry.days);
  const from = clockMinutes(entry.from);
  const to = clockMinutes(entry.to);
  if (!('days' in days) || from === undefined || to === undefined || from >= to) return undefined;
  const hours: number[] = [];
  for (const d of days.days) for (let h = Math.floor(from / 60); h < Math.ceil(to / 60); h++) hours.push(d * 24 + h);
  return hours;
}

/**
 * The hours of the week (0 = Monday 00:00–01:00 … 167) of each entry of a schedule: `own`, those it
 * covers, at least partly (its customers judge it); `serving`, those plus the hours nobody covers
 * that come before it starts (the customers it will find waiting: who is to blame when the team
 * misses its target overall). Undefined for an entry that does not parse.
 */
export function entryHours(schedule: readonly ScheduleEntry[]): ({ own: number[]; serving: number[] } | undefined)[] {
  const own = schedule.map(coveredHours);
  const coveredBy: number[][] = Array.from({ length: HOURS_PER_WEEK }, () => []);
  own.forEach((hours, j) => hours?.forEach((h) => coveredBy[h]!.push(j)));
  const serving = own.map((hours) => (hours ? new Set(hours) : undefined));
  if (coveredBy.some((c) => c.length > 0)) {
    for (let h = 0; h < HOURS_PER_WEEK; h++) {
      if (coveredBy[h]!.length > 0) continue;
      let next = (h + 1) % HOURS_PER_WEEK;
      while (coveredBy[next]!.length === 0) next = (next + 1) % HOURS_PER_WEEK;
      for (const j of coveredBy[next]!) serving[j]!.add(h);
    }
  }
  return own.map((hours, j) => (hours ? { own: [...new Set(hours)].sort((a, b) => a - b), serving: [...serving[j]!].sort((a, b) => a - b) } : undefined));
}

/** The customers offered to the team: all of them, or those offered in these hours of the week. */
export function tallyOf(stats: TeamCounts, hours?: readonly number[]): Tally {
  const by = stats.byHourOfWeek;
  if (!hours) return { offered: stats.offered, abandoned: stats.abandoned, within: by.withinTarget.reduce((a, b) => a + b, 0) };
  const t: Tally = { offered: 0, within: 0, abandoned: 0 };
  for (const h of hours) {
    t.offered += by.offered[h]!;
    t.within += by.withinTarget[h]!;
    t.abandoned += by.abandoned[h]!;
  }
  return t;
}

/** Does the target hold for these customers (exact counts, a hair of tolerance for the float products)? */
export function meets(t: Tally, target: Target): boolean {
  if (t.offered === 0) return true;
  const slack = 1e-9 * t.offered;
  if (target.answer !== null && t.within + slack < target.answer * t.offered) return false;
  if (target.maxAbandon !== null && t.abandoned - slack > target.maxAbandon * t.offered) return false;
  return true;
}

/** Customers who missed the target: not served in time (service level), gave up (abandonment). */
export function misses(t: Tally, target: Target): number {
  return (target.answer !== null ? t.offered - t.within : 0) + (target.maxAbandon !== null ? t.abandoned : 0);
}
