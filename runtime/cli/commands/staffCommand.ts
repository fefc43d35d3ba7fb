import type { Journey } from '../../model/journey';
import { formatDuration } from '../../model/duration';
import { DEFAULT_MAX_STAFF, entryLabel, suggestStaffing, type StaffingResult, type TeamStaffing } from '../../sim/staffing/suggestStaffing';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';
import { progressBar } from './progressBar';
import { formatCount } from './runSummary';
import { parseSimOptions } from './simOptions';
import { announceRun, loadJourneyOneLine, loadRunCohort, runOptionsOf, runSimulation } from './simulateCommand';
import { staffedText } from './staffedDocument';

export const STAFF_USAGE = 'staff <journey> [--cohort c] [--customers N] [--over D] [--seed S] [-o staffed.journey.json]';

const hasTarget = (t: NonNullable<Journey['teams']>[number]) => t.serviceLevel !== undefined || t.maxAbandon !== undefined;

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const targetPct = (x: number) => `${Number((x * 100).toFixed(2))}%`;
const money = (x: number) => formatCount(Math.round(x));

/** The target in words: "≥ 80% within 20s, ≤ 5% abandon". */
export function targetText(t: TeamStaffing['target']): string {
  const parts: string[] = [];
  if (t.serviceLevel !== null && t.withinMs !== null) parts.push(`≥ ${targetPct(t.serviceLevel)} within ${formatDuration(t.withinMs)}`);
  if (t.maxAbandon !== null) parts.push(`≤ ${targetPct(t.maxAbandon)} abandon`);
  return parts.join(', ');
}

/** The staff cell: "3 → 5", or one line per schedule entry "Mon–Fri 09:00–17:00: 4 → 6". */
function staffLines(t: TeamStaffing): string[] {
  const before = t.before.schedule;
  const after = t.after.schedule;
  if (!before || !after) return [`${t.before.staff} → ${t.after.staff}`];
  if (before.length === 0) return ['no schedule entries'];
  return before.map((e, j) => `${entryLabel(e)}: ${e.staff} → ${after[j]!.staff}`);
}

/** The readable report of `journey staff`: a table, then what was not met. */
export function staffingReport(result: StaffingResult, run: { journey: string; customers: number; seed: number; maxStaff: number }): string {
  const header = ['team', 'staff now → suggested', 'service level', 'abandoned', 'cost', 'target'];
  const rows: string[][] = [];
  for (const t of result.teams) {
    const staff = staffLines(t);
    const sl = t.target.serviceLevel !== null && t.target.withinMs !== null ? `${pct(t.before.serviceLevel)} → ${pct(t.after.serviceLevel)} (≥ ${targetPct(t.target.serviceLevel)} in ${formatDuration(t.target.withinMs)})` : '—';
    const ab = `${pct(t.before.abandonRate)} → ${pct(t.after.abandonRate)}${t.target.maxAbandon !== null ? ` (≤ ${targetPct(t.target.maxAbandon)})` : ''}`;
    const cost = `${money(t.before.cost)} → ${money(t.after.cost)}`;
    rows.push([t.team, staff[0]!, sl, ab, cost, t.met ? 'met' : 'NOT MET']);
    for (const line of staff.slice(1)) rows.push(['', line, '', '', '', '']);
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  const out = [
    `${run.journey}: staffing for ${formatCount(run.customers)} customers (seed ${run.seed}), ${result.simulations} simulation${result.simulations === 1 ? '' : 's'}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
  ];
  if (result.teams.length > 1) {
    const before = result.teams.reduce((a, t) => a + t.before.cost, 0);
    const after = result.teams.reduce((a, t) => a + t.after.cost, 0);
    out.push(`Staff cost of these teams: ${money(before)} → ${money(after)}.`);
  }
  for (const t of result.teams.filter((x) => !x.met)) {
    const per = t.before.schedule ? ' per schedule entry' : '';
    const hint = t.before.schedule ? ' Customers offered while nobody is on duty wait for the next shift, however many staff it has: do the shifts cover the hours customers come?' : '';
    out.push(`${t.team}: no staffing up to ${formatCount(run.maxStaff)}${per} meets its target (${targetText(t.target)}).${hint}`);
  }
  if (result.met) out.push(result.teams.some((t) => t.changed) ? 'Every target is met with the suggested staff.' : 'Every target is met; the staffing stays as it is.');
  return `${out.join('\n')}\n`;
}

/**
 * `staff`: the fewest staff meeting each team's target (DESIGN §6), as a table; `-o` writes the
 * journey with those staff levels. Exit 0 when every target is met, 1 when some team's cannot be
 * (the table is still printed, and `-o` still written: the met teams staffed, the others as they
 * were). A journey whose teams set no target gets one line and exit 0: there is nothing to meet.
 */
export function staffCommand(io: CliIo, files: string[], o: Record<string, string | boolean | undefined>): number {
  if (files.length !== 1) throw new CliError(`usage: journey ${STAFF_USAGE}`);
  const options = parseSimOptions('staff', o);
  const file = files[0]!;
  const { journey, cohortFile } = loadJourneyOneLine(io, file, options.cohort);
  const teams = journey.teams ?? [];
  if (!teams.some(hasTarget)) {
    const why = teams.length === 0 ? 'the journey has no teams' : 'no team sets a target ("serviceLevel" or "maxAbandon")';
    io.stdout(`journey staff: ${file}: ${why}: nothing to staff${options.output ? `; ${options.output} is the journey as it is` : ''}\n`);
    if (options.output) io.writeText(options.output, io.readText(file));
    return EXIT.ok;
  }
  if (cohortFile === undefined) throw new CliError(`${file}: the journey names no cohort: pass --cohort <file> to staff it`, 2);
  const cohort = loadRunCohort(io, cohortFile, options);
  announceRun(io, 'staff', cohort, options);
  const bar = progressBar(io, 'staff');
  const result = runSimulation([file], () =>
    suggestStaffing(journey, cohort, { ...runOptionsOf(options), maxStaff: DEFAULT_MAX_STAFF, ...(bar.onProgress ? { onProgress: bar.onProgress } : {}) }),
  );
  bar.done();
  io.stdout(staffingReport(result, { journey: journey.id, customers: options.customers, seed: options.seed, maxStaff: DEFAULT_MAX_STAFF }));
  if (options.output) {
    io.writeText(options.output, staffedText(io.readText(file), journey, result.journey));
    io.stdout(`The journey with the suggested staff: ${options.output}\n`);
  }
  return result.met ? EXIT.ok : EXIT.invalid;
}
