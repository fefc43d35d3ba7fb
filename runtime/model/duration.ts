/** Durations of the journey format: "90s", "15m", "2h", "3d", "2w", or a number of milliseconds. */
export type Duration = string | number;

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const DURATION_RE = /^(\d+(?:\.\d+)?)(s|m|h|d|w)$/;

/** Milliseconds of a duration, or undefined when the value is not a valid duration. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = DURATION_RE.exec(value.trim());
  if (!m) return undefined;
  // Enough digits overflow to Infinity: not a duration (a timer that fires never is no timer).
  const ms = Number(m[1]) * UNIT_MS[m[2] as string]!;
  return Number.isFinite(ms) ? ms : undefined;
}

/** The shortest exact text form of a number of milliseconds ("3d", "90s", or the number itself). */
export function formatDuration(ms: number): string {
  for (const unit of ['w', 'd', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit]!;
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

export const DURATION_HELP = 'a duration is "90s", "15m", "2h", "3d", "2w" or a number of milliseconds';
