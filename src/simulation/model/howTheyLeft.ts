// How the customers of a step left, in words: the list "Where customers leave" and the Markdown
// report say it the same way.
import type { DropOff } from './dropOffs';
import { formatCount } from './formatNumbers';

const RESULT_WORDS: Record<string, string> = { failure: 'failed', churn: 'churned', abandoned: 'abandoned', neutral: 'ended' };

/** "Lost interest (churned) 20 · stalled 7 · gave up in the queue 15": how the customers of a step left. */
export function howTheyLeft(row: Pick<DropOff, 'ends' | 'stalled' | 'abandoned'>): string {
  const parts = row.ends.map((e) => `${e.label} (${RESULT_WORDS[e.result] ?? e.result}) ${formatCount(e.count)}`);
  if (row.stalled > 0) parts.push(`stalled ${formatCount(row.stalled)}`);
  if (row.abandoned > 0) parts.push(`gave up in the queue ${formatCount(row.abandoned)}`);
  return parts.join(' · ');
}
