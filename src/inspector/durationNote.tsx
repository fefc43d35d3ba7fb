import { durationMs, DURATION_HELP } from '../../runtime/model/duration';
import { parseScalar } from './fields/ScalarField';

const UNITS: [number, string][] = [
  [604_800_000, 'week'],
  [86_400_000, 'day'],
  [3_600_000, 'hour'],
  [60_000, 'minute'],
  [1000, 'second'],
];

/** 259200000 → "3 days", 5400000 → "1.5 hours". */
export function humanDuration(ms: number): string {
  for (const [size, unit] of UNITS) {
    if (ms >= size) {
      const n = Math.round((ms / size) * 100) / 100;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  return `${ms} ms`;
}

/** What a duration being typed means, or how to write one. */
export function DurationNote({ text }: { text: string }) {
  if (text.trim() === '') return null;
  const ms = durationMs(parseScalar(text));
  if (ms === undefined) return <div className="ji-note ji-note-error">not a duration: {DURATION_HELP}</div>;
  return <div className="ji-note ji-note-ok">= {humanDuration(ms)}</div>;
}
