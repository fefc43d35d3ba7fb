// One comparison of an experiment (the result's `experiments`, DESIGN §5) in plain words: what the
// variant did to the goal against its reference, with the 95% interval, and how many customers a
// live test needs to see that difference, with how many days that takes at the cohort's arrival
// rate when the customers arrive over time.
import type { ExperimentComparison } from '../../../runtime/sim/result/experimentsResult';
import { formatCount } from './formatNumbers';

export const DAY_MS = 86_400_000;

export interface ExperimentSentenceInput {
  comparison: Pick<ExperimentComparison, 'diff' | 'ci95' | 'customersNeeded'>;
  /** How the compared variant and its reference read ("Callback", "A"). */
  variantName: string;
  againstName: string;
  /** The reference is the split's holdout: "over the holdout". */
  againstIsHoldout: boolean;
  /** The goal as a noun ("applications", "success", "“Mortgage application opened”"). */
  goal: string;
  /** Every variant's weight, in document order ("a 45/45/10 split"), and the two compared. */
  weights: { all: readonly number[]; variant: number; against: number };
  /**
   * When the customers arrive over time (the cohort's `arrivals`, or `--over`): the run's arrivals
   * a day, and of them the ones a day who reach the split. Undefined when they all come at t = 0
   * (no days clause).
   */
  rate?: { arrivalsPerDay: number; reachingPerDay: number };
}

/** The two sentences, apart (the view sets them as one paragraph). */
export interface ExperimentSentence {
  /** lift: the interval is above 0; drop: below; none: it holds 0. */
  verdict: 'lift' | 'drop' | 'none';
  effect: string;
  sampleSize: string;
  text: string;
}

const MINUS = '\u2212';

/** A proportion in points, one decimal: 0.031 → "3.1"; −0.005 → "−0.5"; never "−0.0". */
function points(x: number): string {
  const v = (x * 100).toFixed(1);
  if (Number(v) === 0) return '0.0';
  return v.startsWith('-') ? MINUS + v.slice(1) : v;
}

/** "1 point", "3.1 points". */
const pointsWord = (x: number): string => `${points(x)} point${points(x) === '1.0' ? '' : 's'}`;

/** About so many: two significant figures from 100 up (4,763 → "4,800"), whole numbers below. */
export function aboutCount(n: number): string {
  if (n < 100) return formatCount(Math.ceil(n));
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return formatCount(Math.round(n / unit) * unit);
}

/** The weights as percentages of their sum: [1, 1] → "50/50", [45, 45, 10] → "45/45/10". */
export function splitShares(weights: readonly number[]): string {
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => String(total > 0 ? Math.round((100 * w) / total) : 0)).join('/');
}

/** "about 34 days", "about 1 day", "less than a day", "about 400 days (1.1 years)", from two years "about 4.5 years", "about 212 years". */
function daysText(days: number): string {
  if (days < 1) return 'less than a day';
  const whole = Math.ceil(days);
  const years = whole / 365;
  if (years >= 2) return `about ${years < 10 ? years.toFixed(1) : formatCount(years)} years`;
  return `about ${formatCount(whole)} day${whole === 1 ? '' : 's'}${whole >= 365 ? ` (${years.toFixed(1)} years)` : ''}`;
}

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Days for both compared variants to reach `needed` customers, when `reachingPerDay` customers a
 * day reach the split and each variant gets its weight's share of them (the smaller share decides).
 */
export function daysToReach(needed: number, reachingPerDay: number, weights: ExperimentSentenceInput['weights']): number {
  const total = weights.all.reduce((s, w) => s + w, 0);
  const slowest = Math.min(weights.variant, weights.against) / total;
  return needed / (reachingPerDay * slowest);
}

/** The comparison in words (see ExperimentSentence). */
export function experimentSentence(input: ExperimentSentenceInput): ExperimentSentence {
  const { diff, ci95, customersNeeded } = input.comparison;
  const [low, high] = ci95;
  const verdict = low > 0 ? 'lift' : high < 0 ? 'drop' : 'none';
  const against = input.againstIsHoldout ? 'the holdout' : input.againstName;
  const interval = `95% CI ${points(low)} to ${points(high)}`;
  const effect =
    verdict === 'lift'
      ? `${capitalised(input.variantName)} lifts ${input.goal} by ${pointsWord(diff)} over ${against} (${interval}).`
      : verdict === 'drop'
        ? `${capitalised(input.variantName)} lowers ${input.goal} by ${pointsWord(-diff)} against ${against} (${interval}).`
        : `${capitalised(input.variantName)} makes no clear difference to ${input.goal} against ${against}: ${pointsWord(diff)} (${interval}).`;

  let sampleSize: string;
  if (customersNeeded === null || !Number.isFinite(customersNeeded) || customersNeeded <= 0) {
    sampleSize = 'Both did exactly as well in this run, so no live test of any size would tell them apart.';
  } else {
    const need = `about ${aboutCount(customersNeeded)} customers per variant`;
    const lead = verdict === 'none' ? `To tell a difference this small from chance in a live test you would need ${need}` : `To see this ${verdict} in a live test you need ${need}`;
    const rate = input.rate;
    if (!rate || !(rate.reachingPerDay > 0) || !(rate.arrivalsPerDay > 0)) {
      sampleSize = `${lead}.`;
    } else {
      const arrivals = `${aboutRate(rate.arrivalsPerDay)} arrivals a day`;
      // Only the customers who reach the split are in the test.
      const reaching = Math.abs(rate.reachingPerDay - rate.arrivalsPerDay) / rate.arrivalsPerDay < 0.005 ? '' : `, ${aboutRate(rate.reachingPerDay)} of them reaching the experiment,`;
      const days = daysToReach(customersNeeded, rate.reachingPerDay, input.weights);
      sampleSize = `${lead}: with ${arrivals}${reaching} and a ${splitShares(input.weights.all)} split, ${daysText(days)}.`;
    }
  }
  return { verdict, effect, sampleSize, text: `${effect} ${sampleSize}` };
}

/** A rate a day in words: "286", "4.5", "0.25". */
function aboutRate(x: number): string {
  if (x >= 10) return formatCount(x);
  const fixed = x >= 1 ? x.toFixed(1) : x.toFixed(2);
  return fixed.replace(/\.?0+$/, '') || '0';
}
