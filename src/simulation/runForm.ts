import type { Arrivals } from '../../runtime/model/cohort';
import { durationMs, DURATION_HELP } from '../../runtime/model/duration';
import type { Journey } from '../../runtime/model/journey';
import { formatCount } from './model/formatNumbers';
import { ENGINES, type Engine } from '../../runtime/sim/result/simulationResult';
import type { RunSettings } from './model/runRepository';

/** The Simulation view's form for one journey, as typed (validated when a run starts). */
export interface RunForm {
  /** The cohort file (its path in the workspace). */
  cohortPath: string;
  customers: string;
  seed: string;
  /** A duration: "365d", "90d", "2w"… */
  horizon: string;
  engine: Engine;
  /**
   * "Arrivals over": the customers arrive within [0, over) (a duration). Empty: the cohort's
   * `arrivals.over`, or everyone at t = 0 when the cohort has no arrivals.
   */
  over: string;
}

/**
 * 1,000 like the CLI: every customer enters at t = 0, so far more than a team was sized for floods
 * its queue; raising N is how a user sees the frontline-capacity limit, not the first thing they see.
 */
export const DEFAULT_CUSTOMERS = 1_000;
/** Runs bigger than this are refused (the runtime accepts up to 2^32 − 1, but a page should not wait hours). */
export const MAX_CUSTOMERS = 10_000_000;

/** The form a journey starts with: its own cohort, 1,000 customers, seed 1, 365 days, the fast engine. */
export function runFormFor(journey: Pick<Journey, 'cohort'>): RunForm {
  return { cohortPath: journey.cohort ?? '', customers: DEFAULT_CUSTOMERS.toLocaleString('en-US'), seed: '1', horizon: '365d', engine: 'fast', over: '' };
}

export type ParsedRunForm = { ok: true; cohortPath: string; settings: RunSettings } | { ok: false; field: keyof RunForm; message: string };

/** "10,000", "10 000", "10_000", "100k", "2m" → a whole number; undefined otherwise. */
export function parseCount(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([km]?)$/i.exec(text.trim().replace(/[,_\s](?=\d{3}\b)/g, ''));
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1_000 : m[2]?.toLowerCase() === 'm' ? 1_000_000 : 1);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The run a form asks for, or the first field that is wrong and why (one line). */
export function parseRunForm(form: RunForm): ParsedRunForm {
  if (!form.cohortPath) return { ok: false, field: 'cohortPath', message: 'Choose a cohort to simulate with' };
  const customers = parseCount(form.customers);
  if (customers === undefined || customers < 1) return { ok: false, field: 'customers', message: 'The number of customers must be a whole number ≥ 1' };
  if (customers > MAX_CUSTOMERS) return { ok: false, field: 'customers', message: `At most ${MAX_CUSTOMERS.toLocaleString('en-US')} customers in the workbench (use the CLI for more)` };
  const seed = Number(form.seed.trim());
  if (form.seed.trim() === '' || !Number.isSafeInteger(seed)) return { ok: false, field: 'seed', message: 'The seed must be a whole number' };
  const horizonMs = parseDuration(form.horizon);
  if (horizonMs === undefined || horizonMs <= 0) return { ok: false, field: 'horizon', message: `The horizon must be a duration above 0: ${DURATION_HELP}` };
  if (!ENGINES.includes(form.engine)) return { ok: false, field: 'engine', message: 'The engine is fast or reference' };
  const over = parseOver(form.over ?? '');
  if (over === null) return { ok: false, field: 'over', message: `Arrivals over must be empty (the cohort's) or a duration above 0: ${DURATION_HELP}` };
  if (over !== undefined && over > horizonMs) return { ok: false, field: 'over', message: 'The customers must arrive within the horizon: shorten Arrivals over or lengthen the horizon' };
  return { ok: true, cohortPath: form.cohortPath, settings: { customers, seed, engine: form.engine, horizonMs, ...(over !== undefined ? { overMs: over } : {}) } };
}

/** A duration typed in the form ("28d", "2w", or plain milliseconds), or undefined. */
function parseDuration(text: string): number | undefined {
  const trimmed = text.trim();
  return durationMs(/^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed);
}

/** "Arrivals over": undefined when empty (the cohort's), null when not a duration above 0. */
export function parseOver(text: string): number | undefined | null {
  if (text.trim() === '') return undefined;
  const ms = parseDuration(text);
  return ms === undefined || ms <= 0 ? null : ms;
}

/** "10,000 customers for up to 365 days": what a valid form will run. */
export function describeRun(settings: RunSettings): string {
  const ms = settings.horizonMs;
  const [size, unit] = ms % 86_400_000 === 0 ? [86_400_000, 'day'] : ms % 3_600_000 === 0 ? [3_600_000, 'hour'] : ms % 60_000 === 0 ? [60_000, 'minute'] : [1_000, 'second'];
  const n = Math.round((ms / size) * 100) / 100;
  return `${settings.customers.toLocaleString('en-US')} customer${settings.customers === 1 ? '' : 's'} for up to ${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}

/** How the customers of a run arrive (the Simulation form's sentence beside Customers). */
export interface LoadSummary {
  /** "8,000 customers over 28 days ≈ 286 a day", or "8,000 customers all at once (t = 0)". */
  text: string;
  /** Where the spread comes from: the form's Arrivals over, the cohort's arrivals, or none (all at t = 0). */
  source: 'form' | 'cohort' | 'none';
  /** The spread in ms (0: all at once). */
  overMs: number;
  /** Set when everyone arrives at once: what that does to the teams, and how to spread them. */
  hint?: string;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A rate in words: "286", "4.5", "0.25" (two significant decimals under 10). */
function formatRate(x: number): string {
  if (x >= 10) return formatCount(x);
  const fixed = x >= 1 ? x.toFixed(1) : x.toFixed(2);
  return fixed.replace(/\.?0+$/, '') || '0';
}

/** "28 days", "36 hours", "90 minutes", "1.5 days": a spread in the unit people say it in. */
function formatSpan(ms: number): string {
  const [size, unit] = ms >= DAY_MS ? [DAY_MS, 'day'] : ms >= HOUR_MS ? [HOUR_MS, 'hour'] : ms >= 60_000 ? [60_000, 'minute'] : [1_000, 'second'];
  const n = Math.round((ms / size) * 100) / 100;
  return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * The load of a run in words: N customers over the form's "Arrivals over" (when typed) or the
 * cohort's `arrivals.over`, with the mean rate a day (an hour when they all come within a day);
 * without either, all at once at t = 0, with a hint that this floods the teams.
 */
export function describeLoad(customers: number, formOverMs: number | undefined, arrivals: Pick<Arrivals, 'over'> | undefined): LoadSummary {
  const who = `${formatCount(customers)} customer${customers === 1 ? '' : 's'}`;
  const cohortOver = arrivals ? durationMs(arrivals.over) : undefined;
  const overMs = formOverMs ?? (cohortOver !== undefined && cohortOver > 0 ? cohortOver : 0);
  const source: LoadSummary['source'] = formOverMs !== undefined ? 'form' : overMs > 0 ? 'cohort' : 'none';
  if (overMs <= 0) {
    return {
      text: `${who} all at once (t = 0)`,
      source,
      overMs: 0,
      hint: 'Everyone arrives at the same moment, which floods the teams: set Arrivals over (e.g. 28d) or give the cohort arrivals to spread them.',
    };
  }
  const rate = overMs >= DAY_MS ? `${formatRate((customers * DAY_MS) / overMs)} a day` : `${formatRate((customers * HOUR_MS) / overMs)} an hour`;
  return { text: `${who} over ${formatSpan(overMs)} ≈ ${rate}`, source, overMs };
}
