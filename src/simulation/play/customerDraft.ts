// The customer of "Play the customer", as typed in its form: a segment and a value per attribute the
// journey declares (`customer`), filled from a cohort's customer when there is one.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import { drawCustomer, planCohort } from '../../../runtime/sim/plan/cohortPlan';
import { customerOfSegment } from '../replay/customerOfSegment';

export type AttributeType = 'number' | 'bool' | 'string';

export interface CustomerDraft {
  cohortPath: string;
  segment: string;
  /** Typed values: text for numbers and strings, booleans for bools. */
  values: Record<string, string | boolean>;
}

/** The attributes the journey declares (besides `segment`), in order. */
export function declaredAttributes(journey: Journey): [string, AttributeType][] {
  return Object.entries(journey.customer ?? {}).filter(([k]) => k !== 'segment') as [string, AttributeType][];
}

const blank = (type: AttributeType): string | boolean => (type === 'bool' ? false : type === 'number' ? '0' : '');

function typed(type: AttributeType, value: unknown): string | boolean {
  if (type === 'bool') return value === true;
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
  return typeof value === 'string' ? value : '';
}

/**
 * A draft with the attributes of a customer of the cohort: one of `segment` (the cohort's first by
 * default), drawn deterministically from `seed`. Without a cohort: blank values.
 */
export function sampleDraft(journey: Journey, cohort: Cohort | undefined, cohortPath: string, segment?: string, seed = 1): CustomerDraft {
  const attrs = declaredAttributes(journey);
  const seg = segment && cohort?.segments.some((s) => s.id === segment) ? segment : (cohort?.segments[0]?.id ?? segment ?? '');
  const index = cohort ? customerOfSegment(cohort, seed, seg, 10_000) : undefined;
  const drawn = cohort && index !== undefined ? drawCustomer(planCohort(cohort), seed, index).attributes : {};
  return { cohortPath, segment: seg, values: Object.fromEntries(attrs.map(([k, t]) => [k, k in drawn ? typed(t, drawn[k]) : blank(t)])) };
}

/** The customer a draft describes (`segment` and every declared attribute), or the first value that is wrong. */
export function customerOf(journey: Journey, draft: CustomerDraft): Record<string, unknown> | string {
  if (!draft.segment.trim()) return 'Choose a segment';
  const customer: Record<string, unknown> = { segment: draft.segment.trim() };
  for (const [k, t] of declaredAttributes(journey)) {
    const v = draft.values[k] ?? blank(t);
    if (t === 'bool') customer[k] = v === true;
    else if (t === 'number') {
      const text = String(v).trim().replace(/,/g, '');
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) return `${k} must be a number`;
      customer[k] = n;
    } else customer[k] = String(v);
  }
  return customer;
}
