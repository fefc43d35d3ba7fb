import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import { durationMs, DURATION_HELP } from '../../model/duration';
import { clockMinutes, CLOCK_HELP, DAYS_HELP, parseDays } from '../../model/calendar/scheduleEntry';
import type { LintContext } from '../lintContext';
import { unknownFields } from '../unknownFields';

const SCHEDULE_FIELDS = ['days', 'from', 'to', 'staff'] as const;
const SERVICE_LEVEL_FIELDS = ['answer', 'within'] as const;

function targetProblem(value: number): boolean {
  return !(Number.isFinite(value) && value >= 0 && value <= 1);
}

/**
 * J031 schedule entries (known days, times of day, from before to), J033 targets within 0…1,
 * J023 the service level's `within`, J108 unknown fields in these objects.
 */
export function teamOperations(ctx: LintContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  (ctx.journey.teams ?? []).forEach((team, t) => {
    const at = ['teams', t] as const;
    team.schedule?.forEach((entry, i) => {
      const path = [...at, 'schedule', i];
      const where = `shift ${i + 1} of team '${team.id}'`;
      const days = parseDays(entry.days);
      if ('unknown' in days) out.push(diagnostic('J031', `${where}: unknown day ${JSON.stringify(days.unknown)}: ${DAYS_HELP}`, { path: [...path, 'days'] }));
      const from = clockMinutes(entry.from);
      const to = clockMinutes(entry.to);
      if (from === undefined) out.push(diagnostic('J031', `${where}: "from" is ${JSON.stringify(entry.from)}: ${CLOCK_HELP}`, { path: [...path, 'from'] }));
      if (to === undefined) out.push(diagnostic('J031', `${where}: "to" is ${JSON.stringify(entry.to)}: ${CLOCK_HELP}`, { path: [...path, 'to'] }));
      if (from !== undefined && to !== undefined && from >= to) {
        out.push(diagnostic('J031', `${where}: "from" ${entry.from} is not before "to" ${entry.to}: a shift ends after it starts on the same day; an overnight shift is two entries (e.g. 22:00–24:00 and 00:00–06:00)`, { path: [...path, 'to'] }));
      }
      out.push(...unknownFields(entry, SCHEDULE_FIELDS, path, where));
    });
    const sl = team.serviceLevel;
    if (sl) {
      if (targetProblem(sl.answer)) {
        out.push(diagnostic('J033', `team '${team.id}': serviceLevel.answer is ${sl.answer}: it is a share of the customers offered, from 0 to 1 (0.8 means 80% answered within the time)`, { path: [...at, 'serviceLevel', 'answer'] }));
      }
      if (durationMs(sl.within) === undefined) {
        out.push(diagnostic('J023', `team '${team.id}': serviceLevel.within is ${JSON.stringify(sl.within)}: ${DURATION_HELP}`, { path: [...at, 'serviceLevel', 'within'] }));
      }
      out.push(...unknownFields(sl, SERVICE_LEVEL_FIELDS, [...at, 'serviceLevel'], `the service level of team '${team.id}'`));
    }
    if (team.maxAbandon !== undefined && targetProblem(team.maxAbandon)) {
      out.push(diagnostic('J033', `team '${team.id}': maxAbandon is ${team.maxAbandon}: it is the largest share of the customers offered that may give up, from 0 to 1 (0.05 means 5%)`, { path: [...at, 'maxAbandon'] }));
    }
  });
  return out;
}
