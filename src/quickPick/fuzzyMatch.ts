/** A match of a query in a label: a score (higher is better) and the matched character positions. */
export interface FuzzyMatch {
  score: number;
  positions: number[];
}

/**
 * VS Code-style fuzzy matching: the query's characters in order, case-insensitive; contiguous
 * runs, word starts and an early first match score higher. Undefined when it does not match.
 */
export function fuzzyMatch(query: string, label: string): FuzzyMatch | undefined {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (q === '') return { score: 0, positions: [] };
  const l = label.toLowerCase();
  // A plain substring is the best kind of match.
  const sub = l.indexOf(q);
  if (sub >= 0) {
    const wordStart = sub === 0 || /[\s\-_.:/]/.test(l[sub - 1]!);
    return { score: 1000 - sub + (wordStart ? 200 : 0) + q.length * 10, positions: Array.from({ length: q.length }, (_, i) => sub + i) };
  }
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const ch of q) {
    const at = l.indexOf(ch, from);
    if (at < 0) return undefined;
    const wordStart = at === 0 || /[\s\-_.:/]/.test(l[at - 1]!) || (label[at] !== label[at]!.toLowerCase() && label[at - 1] === label[at - 1]!.toLowerCase());
    score += (positions.length && positions[positions.length - 1] === at - 1 ? 15 : 0) + (wordStart ? 10 : 0) - Math.min(at - from, 10);
    positions.push(at);
    from = at + 1;
  }
  return { score, positions };
}
