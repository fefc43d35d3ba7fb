import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { distributionProblem } from '../model/distributionProblem';
import type { Cohort } from '../model/cohort';
import { arrivalProblems } from './arrivalRules';

export const SHARE_TOLERANCE = 0.001;

/** A cohort on its own: unique segments, shares summing to 1, sound distributions and arrivals. */
export function lintCohort(cohort: Cohort): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  cohort.segments.forEach((s, i) => {
    if (seen.has(s.id)) out.push(diagnostic('J010', `segment id '${s.id}' is used twice: rename one`, { path: ['segments', i, 'id'] }));
    seen.add(s.id);
    for (const [name, dist] of Object.entries(s.attributes ?? {})) {
      const problem = distributionProblem(dist, 'attribute');
      if (problem) out.push(diagnostic('J024', `attribute '${name}' of segment '${s.id}': ${problem}`, { path: ['segments', i, 'attributes', name] }));
    }
    if (s.patience !== undefined) {
      const problem = distributionProblem(s.patience, 'time');
      if (problem) out.push(diagnostic('J024', `patience of segment '${s.id}': ${problem}`, { path: ['segments', i, 'patience'] }));
    }
  });
  const sum = cohort.segments.reduce((a, s) => a + s.share, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    out.push(diagnostic('J022', `segment shares sum to ${Number(sum.toFixed(6))}, not 1: adjust them (${cohort.segments.map((s) => `${s.id} ${s.share}`).join(' + ')})`, { path: ['segments'] }));
  }
  out.push(...arrivalProblems(cohort.arrivals));
  return out;
}
