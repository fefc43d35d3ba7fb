import type { Cohort } from '../../model/cohort';
import { STREAM, seedStream } from '../random/seedStream';
import { nextUniform, STREAM_WORDS } from '../random/sfc32';
import { compileSampler, sampleTimeMs, sampleValue, type Sampler } from '../random/sampler';
import { SimulationError } from '../simulationError';

export interface PlanSegment {
  id: string;
  /** Cumulative share, normalised so that the last segment ends at exactly 1. */
  cumulativeShare: number;
  /** The segment's attributes, in the order the cohort lists them (the order they are drawn in). */
  attributes: { name: string; sampler: Sampler }[];
  /** Patience in a staff queue; null: waits forever. */
  patience: Sampler | null;
}

/** One simulated customer (DESIGN §5.2). */
export interface SimCustomer {
  index: number;
  segment: number;
  /** `customer` of the CEL scope: `segment` (the segment's id), `id` (the index as a decimal string) and every attribute of the segment. */
  attributes: Record<string, unknown>;
  /** Patience in ms; Infinity when the segment has none. */
  patienceMs: number;
}

export function planCohort(cohort: Cohort): PlanSegment[] {
  const total = cohort.segments.reduce((a, s) => a + s.share, 0);
  if (!(total > 0)) throw new SimulationError(`cohort '${cohort.id}': segment shares sum to 0`);
  let acc = 0;
  return cohort.segments.map((s, i) => {
    acc += s.share;
    const where = (what: string) => `cohort '${cohort.id}', segment '${s.id}', ${what}`;
    const compile = (d: Parameters<typeof compileSampler>[0], mode: 'time' | 'attribute', what: string) => {
      try {
        return compileSampler(d, mode);
      } catch (err) {
        throw new SimulationError(`${where(what)}: ${(err as Error).message}`);
      }
    };
    return {
      id: s.id,
      cumulativeShare: i === cohort.segments.length - 1 ? 1 : acc / total,
      attributes: Object.entries(s.attributes ?? {}).map(([name, d]) => ({ name, sampler: compile(d, 'attribute', `attribute '${name}'`) })),
      patience: s.patience === undefined ? null : compile(s.patience, 'time', 'patience'),
    };
  });
}

/**
 * Customer `index` of a run with `seed`, from the customer stream only: the segment by share (one
 * draw), then its attributes in cohort order, then its patience. Journey variants with the same
 * cohort get the very same customers.
 */
export function drawCustomer(segments: readonly PlanSegment[], seed: number, index: number, scratch: Int32Array = new Int32Array(STREAM_WORDS)): SimCustomer {
  seedStream(scratch, 0, seed, index, STREAM.customer);
  const u = nextUniform(scratch, 0);
  let segment = segments.length - 1;
  for (let i = 0; i < segments.length - 1; i++) {
    if (u < segments[i]!.cumulativeShare) {
      segment = i;
      break;
    }
  }
  const plan = segments[segment]!;
  const attributes: Record<string, unknown> = { segment: plan.id, id: String(index) };
  for (const a of plan.attributes) {
    if (a.name !== 'segment' && a.name !== 'id' && a.name !== '__proto__') attributes[a.name] = sampleValue(a.sampler, scratch, 0);
    else sampleValue(a.sampler, scratch, 0);
  }
  const patienceMs = plan.patience === null ? Number.POSITIVE_INFINITY : sampleTimeMs(plan.patience, scratch, 0);
  return { index, segment, attributes, patienceMs };
}
