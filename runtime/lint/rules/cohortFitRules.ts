import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic';
import { attributeValueType } from '../../model/attributeValueType';
import type { AttributeType } from '../../model/journey';
import { hasName, ownValue } from '../../model/ownValue';
import type { LintContext } from '../lintContext';

/** What the values of a type look like in a cohort, to say how to give them. */
const GIVE: Record<AttributeType, string> = {
  number: 'numbers (a number, or e.g. {"dist": "normal", "mean": 50000, "sd": 10000})',
  bool: 'true/false (true, false, or e.g. {"dist": "bernoulli", "p": 0.5})',
  string: 'labels (a label, or e.g. {"dist": "categorical", "weights": {"web": 0.6, "phone": 0.4}})',
};
const GIVES: Record<AttributeType, string> = { number: 'numbers', bool: 'true/false', string: 'labels' };

/**
 * When a journey is checked with its cohort: every declared attribute is given by every segment
 * (J027) with values of its declared type (J046: a label where a number is declared makes every
 * guard on it false), and segment overrides name segments that exist (J028). Paths point into the
 * journey.
 */
export function cohortFit(ctx: LintContext): Diagnostic[] {
  const cohort = ctx.cohort;
  if (!cohort) return [];
  const out: Diagnostic[] = [];
  const segments = new Set(cohort.segments.map((s) => s.id));
  for (const [attr, type] of Object.entries(ctx.journey.customer ?? {})) {
    const missing = cohort.segments.filter((s) => !hasName(s.attributes, attr)).map((s) => s.id);
    if (missing.length > 0) {
      out.push(diagnostic('J027', `customer attribute '${attr}' (${type}) has no distribution in segment${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of cohort '${cohort.id}': add it to their "attributes"`, { path: ['customer', attr] }));
    }
    const misfits = cohort.segments.flatMap((s) => {
      const given = attributeValueType(ownValue(s.attributes, attr));
      return given !== undefined && given !== type ? [`${s.id} gives ${GIVES[given]}`] : [];
    });
    if (misfits.length > 0) {
      out.push(diagnostic('J046', `customer attribute '${attr}' is declared ${type}, but in cohort '${cohort.id}' segment ${misfits.join(', segment ')}: guards reading it would be false for those customers; give it ${GIVE[type]} there, or declare the type it has`, { path: ['customer', attr] }));
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
