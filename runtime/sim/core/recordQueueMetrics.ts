// What the simulation counts at staff queues (DESIGN §5, queue figures): offers, the served and
// their waits, give-ups, busy time. Customers are counted by the hour of the week they were offered.
import { addByHourOfWeek, hourOfWeek, HOURS_PER_WEEK } from '../../model/calendar/weekCalendar';
import type { PlanTeam } from '../plan/simulationPlan';
import { exactAdd } from './exactSum';
import { HISTOGRAM_BUCKETS, histogramAdd } from './logHistogram';
import type { SimulationMetrics } from './metrics';

/** A customer arrives at queue `q` of `team` at `t`: it is offered to the team. */
export function recordOffered(m: SimulationMetrics, q: number, team: number, t: number): void {
  m.queueOffered[q]!++;
  recordTeamActive(m, team, t);
  m.teamHourOffered[team * HOURS_PER_WEEK + hourOfWeek(t)]!++;
}

/** A customer offered at `offeredAt` got a staff member after waiting `wait` ms in queue `q`. */
export function recordServed(m: SimulationMetrics, q: number, plan: PlanTeam, team: number, offeredAt: number, wait: number): void {
  m.queueServed[q]!++;
  exactAdd(m.queueWait, q, wait);
  histogramAdd(m.queueHistogram, q * HISTOGRAM_BUCKETS, wait);
  if (wait < m.queueMin[q]!) m.queueMin[q] = wait;
  if (wait > m.queueMax[q]!) m.queueMax[q] = wait;
  if (wait <= plan.withinMs) {
    m.queueWithin[q]!++;
    m.teamHourWithin[team * HOURS_PER_WEEK + hourOfWeek(offeredAt)]!++;
  }
}

/** A customer offered to `team` at `offeredAt` gave up in queue `q`. */
export function recordAbandoned(m: SimulationMetrics, q: number, team: number, offeredAt: number): void {
  m.queueAbandoned[q]!++;
  m.teamHourAbandoned[team * HOURS_PER_WEEK + hourOfWeek(offeredAt)]!++;
}

/** A staff member of `team` was busy over [from, to): spread over the hours of the week. */
export function recordBusy(m: SimulationMetrics, team: number, from: number, to: number): void {
  addByHourOfWeek(m.teamHourBusy, team * HOURS_PER_WEEK, from, to);
  recordTeamActive(m, team, to);
}

/** `team` had a customer (waiting, in hand, leaving it) at `t`. */
export function recordTeamActive(m: SimulationMetrics, team: number, t: number): void {
  if (t > m.teamLastMs[team]!) m.teamLastMs[team] = t;
}
