import { durationMs, DURATION_HELP } from '../../runtime/model/duration';
import type { Journey } from '../../runtime/model/journey';
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
  return { cohortPath: journey.cohort ?? '', customers: DEFAULT_CUSTOMERS.toLocaleString('en-US'), seed: '1', horizon: '365d', engine: 'fast' };
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
  const trimmed = form.horizon.trim();
  const horizonMs = durationMs(/^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed);
  if (horizonMs === undefined || horizonMs <= 0) return { ok: false, field: 'horizon', message: `The horizon must be a duration above 0: ${DURATION_HELP}` };
  if (!ENGINES.includes(form.engine)) return { ok: false, field: 'engine', message: 'The engine is fast or reference' };
  return { ok: true, cohortPath: form.cohortPath, settings: { customers, seed, engine: form.engine, horizonMs } };
}

/** "10,000 customers for up to 365 days": what a valid form will run. */
export function describeRun(settings: RunSettings): string {
  const ms = settings.horizonMs;
  const [size, unit] = ms % 86_400_000 === 0 ? [86_400_000, 'day'] : ms % 3_600_000 === 0 ? [3_600_000, 'hour'] : ms % 60_000 === 0 ? [60_000, 'minute'] : [1_000, 'second'];
  const n = Math.round((ms / size) * 100) / 100;
  return `${settings.customers.toLocaleString('en-US')} customer${settings.customers === 1 ? '' : 's'} for up to ${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}
