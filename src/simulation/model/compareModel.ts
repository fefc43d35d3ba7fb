// The A/B comparison as the workbench shows it: per outcome the shares in A and B, the difference
// with its 95% confidence interval and whether it is significant (the interval excludes 0), a
// verdict by the kind of outcome; and what changed between the two journeys, to highlight on the canvas.
import { diffJourneys, type JourneyDiff } from '../../../runtime/model/diffJourneys';
import type { Journey } from '../../../runtime/model/journey';
import type { Comparison, OutcomeComparison } from '../../../runtime/sim';
import { formatPercent, formatPoints } from './formatNumbers';

/** better / worse for the customer and the business; `no-difference` when not significant. */
export type Verdict = 'better' | 'worse' | 'neutral' | 'no-difference';

export interface CompareRow {
  /** Outcome node id, or `stalled` / `abandoned` / `inProgress`. */
  key: string;
  /** How the customers of the row ended: at an outcome node, or in a terminal state. */
  ending: 'outcome' | 'terminal';
  label: string;
  /** The outcome's result (success, failure…); null for terminal kinds. */
  result: string | null;
  a: { count: number; share: number };
  b: { count: number; share: number };
  /** share B − share A */
  diff: number;
  ci95: [number, number];
  significant: boolean;
  verdict: Verdict;
  /** "12.3% → 14.5%" */
  sharesLabel: string;
  /** "+2.2 pp (95% CI +1.1 to +3.3 pp)" */
  diffLabel: string;
}

export interface ChangeSets {
  changed: ReadonlySet<string>;
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
}

export interface CanvasHighlights {
  nodes: ChangeSets;
  edges: ChangeSets;
  /** Journey-level fields that differ (teams, vars, stages…). */
  fields: string[];
}

export interface CompareModel {
  journeys: { a: string; b: string };
  customers: number;
  seed: number;
  engine: string;
  rows: CompareRow[];
  highlights: CanvasHighlights;
}

const TERMINAL_LABELS: Record<keyof Comparison['terminal'], string> = {
  stalled: 'Stalled (nothing more happens)',
  abandoned: 'Gave up waiting in a queue',
  inProgress: 'Still inside at the horizon',
};

/** Which way is good for an ending: +1 more is better, −1 more is worse, 0 neither. */
const DIRECTION: Record<string, number> = { success: 1, failure: -1, churn: -1, abandoned: -1, neutral: 0, stalled: -1, inProgress: 0 };

function verdictOf(kind: string, diff: number, significant: boolean): Verdict {
  if (!significant) return 'no-difference';
  const d = DIRECTION[kind] ?? 0;
  return d === 0 ? 'neutral' : d * diff > 0 ? 'better' : 'worse';
}

function setsOf(changes: Record<string, 'added' | 'removed' | 'changed'>): ChangeSets {
  const of = (k: string) => new Set(Object.keys(changes).filter((id) => changes[id] === k));
  return { changed: of('changed'), added: of('added'), removed: of('removed') };
}

/** The canvas highlights of a diff: ids changed, added in B, removed from A. */
export function highlightsOf(diff: JourneyDiff): CanvasHighlights {
  return { nodes: setsOf(diff.nodes), edges: setsOf(diff.edges), fields: diff.fields };
}

function rowOf(key: string, ending: CompareRow['ending'], label: string, result: string | null, c: OutcomeComparison): CompareRow {
  const significant = c.ci95[0] > 0 || c.ci95[1] < 0;
  const [lo, hi] = c.ci95;
  return {
    key,
    ending,
    label,
    result,
    a: c.a,
    b: c.b,
    diff: c.diff,
    ci95: c.ci95,
    significant,
    verdict: verdictOf(result ?? key, c.diff, significant),
    sharesLabel: `${formatPercent(c.a.share)} → ${formatPercent(c.b.share)}`,
    diffLabel: `${formatPoints(c.diff)} (95% CI ${formatPoints(lo).replace(/ pp$/, '')} to ${formatPoints(hi)})`,
  };
}

/** Rows for the comparison of journey `a` and `b` (the journeys compared), and what to highlight. */
export function compareModelOf(comparison: Comparison, a: Journey, b: Journey): CompareModel {
  const nodeOf = (id: string) => b.nodes.find((n) => n.id === id) ?? a.nodes.find((n) => n.id === id);
  const resultOf = (id: string): string | null => {
    const r = (nodeOf(id) as { result?: unknown } | undefined)?.result;
    return typeof r === 'string' ? r : null;
  };
  const rows: CompareRow[] = [
    ...Object.entries(comparison.outcomes).map(([id, c]) => rowOf(id, 'outcome', nodeOf(id)?.label || id, resultOf(id), c)),
    ...(Object.keys(TERMINAL_LABELS) as (keyof Comparison['terminal'])[]).map((t) => rowOf(t, 'terminal', TERMINAL_LABELS[t], null, comparison.terminal[t])),
  ];
  return {
    journeys: comparison.journeys,
    customers: comparison.customers,
    seed: comparison.seed,
    engine: comparison.engine,
    rows,
    highlights: highlightsOf(diffJourneys(a, b)),
  };
}
