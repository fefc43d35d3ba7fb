import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import type { LintContext } from '../lintContext';

/**
 * When a journey is checked with its cohort: every declared attribute is given by every segment
 * (J027), and segment overrides name segments that exist (J028). Paths point into the journey.
 */
export function cohortFit(ctx: LintContext): Diagnostic[] {
  const cohort = ctx.cohort;
  if (!cohort) return [];
  const out: Diagnostic[] = [];
  const segments = new Set(cohort.segments.map((s) => s.id));
  for (const [attr, type] of Object.entries(ctx.journey.customer ?? {})) {
    const missing = cohort.segments.filter((s) => s.attributes?.[attr] === undefined).map((s) => s.id);
    if (missing.length > 0) {
      out.push(diagnostic('J027', `customer attribute '${attr}' (${type}) has no distribution in segment${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of cohort '${cohort.id}': add it to their "attributes"`, { path: ['customer', attr] }));
    }
  }
  ctx.journey.edges.forEach((e, i) => {
    for (const seg of Object.keys(e.sim?.segments ?? {})) {
      if (!segments.has(seg)) {
        out.push(diagnostic('J028', `edge '${e.id}' overrides sim for unknown segment '${seg}': cohort '${cohort.id}' has ${[...segments].join(', ')}`, { path: ['edges', i, 'sim', 'segments', seg], edgeId: e.id }));
      }
    }
  });
  return out;
}
