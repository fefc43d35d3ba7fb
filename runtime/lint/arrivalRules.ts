import { diagnostic, type Diagnostic, type JsonPath } from '../diagnostics/diagnostic';
import type { Arrivals } from '../model/cohort';
import { durationMs, DURATION_HELP, formatDuration } from '../model/duration';
import { unknownFields } from './unknownFields';

const ARRIVAL_FIELDS = ['over', 'weekly', 'daily'] as const;

function profileProblems(profile: readonly number[] | undefined, length: number, path: JsonPath, name: string, unit: string): Diagnostic[] {
  if (profile === undefined) return [];
  if (profile.length !== length) {
    return [diagnostic('J032', `arrivals.${name} has ${profile.length} number(s): it needs ${length}, one per ${unit} (leave it out for a flat profile)`, { path })];
  }
  const bad = profile.findIndex((v) => !(Number.isFinite(v) && v >= 0));
  if (bad >= 0) return [diagnostic('J032', `arrivals.${name}[${bad}] is ${profile[bad]}: volumes are relative weights ≥ 0`, { path: [...path, bad] })];
  if (profile.every((v) => v === 0)) {
    return [diagnostic('J032', `arrivals.${name} is all zeros: no customer could ever arrive; give the busy ${unit}s a weight above 0`, { path })];
  }
  return [];
}

/** The cohort's `arrivals` (DESIGN §4): `over` a positive duration, 7 and 24 weights, not all zero. */
export function arrivalProblems(arrivals: Arrivals | undefined): Diagnostic[] {
  if (!arrivals) return [];
  const out: Diagnostic[] = [];
  const over = durationMs(arrivals.over);
  if (over === undefined || over <= 0) {
    out.push(diagnostic('J023', `arrivals.over is ${JSON.stringify(arrivals.over)}: the customers arrive within [0, over), a duration above 0 (${DURATION_HELP})`, { path: ['arrivals', 'over'] }));
  }
  out.push(...profileProblems(arrivals.weekly, 7, ['arrivals', 'weekly'], 'weekly', 'day'));
  out.push(...profileProblems(arrivals.daily, 24, ['arrivals', 'daily'], 'daily', 'hour'));
  out.push(...unknownFields(arrivals, ARRIVAL_FIELDS, ['arrivals'], 'arrivals'));
  return out;
}

/** J034: the arrivals of a run must come before its horizon (`over` ≤ horizon). */
export function arrivalsWithinHorizon(cohort: { arrivals?: Arrivals | undefined }, horizonMs: number, overMs?: number): Diagnostic[] {
  const over = overMs ?? durationMs(cohort.arrivals?.over);
  if (over === undefined || over <= horizonMs) return [];
  const path: JsonPath = overMs === undefined ? ['arrivals', 'over'] : [];
  return [diagnostic('J034', `the customers arrive over ${formatDuration(over)}, longer than the run's horizon of ${formatDuration(horizonMs)}: shorten "over" or run with a longer horizon (--horizon ${formatDuration(over)})`, { path })];
}
