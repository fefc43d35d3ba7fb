// Number formats of the simulation views, exports and labels: fixed (no locale), so that what a
// test asserts is what a user reads everywhere.

/** 1234567 → "1,234,567" (rounded to an integer). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 0.1234 → "12.3%". */
export function formatPercent(share: number, digits = 1): string {
  if (!Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(digits)}%`;
}

/** A difference of shares in percentage points: 0.021 → "+2.1 pp". */
export function formatPoints(diff: number, digits = 1): string {
  const v = (diff * 100).toFixed(digits);
  return `${diff > 0 && Number(v) !== 0 ? '+' : ''}${Number(v) === 0 ? (0).toFixed(digits) : v} pp`;
}

/** Money with two decimals and thousands separators: 1234.5 → "1,234.50" (no currency: the journey does not say). */
export function formatMoney(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const fixed = Math.abs(x).toFixed(2);
  const [int, dec] = fixed.split('.') as [string, string];
  return `${x < 0 && Number(fixed) !== 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/** An emotion on −2…+2: 0.4567 → "+0.46". */
export function formatEmotion(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '–';
  const v = x.toFixed(2);
  return Number(v) > 0 ? `+${v}` : Number(v) === 0 ? '0.00' : v;
}

const UNITS: [string, number][] = [
  ['w', 7 * 86_400_000],
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
];

/** A duration in ms, in its two largest units, rounded to the smaller: 8_100_000 → "2h 15m"; 90_000 → "1m 30s"; 450 → "450ms". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '–';
  if (ms < 0) return `-${formatDuration(-ms)}`;
  if (ms < 1_000) return `${Math.round(ms)}ms`;
  // Weeks from 4 weeks to a year; days read better below ("10d") and above ("365d").
  const units = ms >= 28 * 86_400_000 && ms < 365 * 86_400_000 ? UNITS : UNITS.slice(1);
  for (let i = 0; i < units.length; i++) {
    const [name, size] = units[i]!;
    const small = units[i + 1];
    if (!small) return `${Math.round(ms / size)}${name}`;
    const total = Math.round(ms / small[1]);
    const big = Math.floor((total * small[1]) / size);
    if (big < 1) continue;
    const rest = total - Math.round((big * size) / small[1]);
    return rest === 0 ? `${big}${name}` : `${big}${name} ${rest}${small[0]}`;
  }
  return `${Math.round(ms)}ms`;
}
