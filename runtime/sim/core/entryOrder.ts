// The order in which the customers of a streaming run enter the journey: by entry time, then by
// customer index. A counting sort by stretches of time (as many stretches as customers) followed
// by an insertion sort inside each stretch: O(n) for any arrival profile (its density is at most
// 168 times its mean, one hour of the week), where a comparison sort of a million entries was a
// noticeable part of the run.
import { drawArrival, type ArrivalProfile } from '../calendar/arrivalDraw';
import { STREAM_WORDS } from '../random/sfc32';

export class EntryOrder {
  constructor(
    private readonly times: Float64Array,
    private readonly indices: Float64Array,
  ) {}

  get length(): number {
    return this.times.length;
  }

  /** When the i-th customer to enter enters. */
  timeAt(i: number): number {
    return this.times[i]!;
  }

  /** The index of the i-th customer to enter. */
  indexAt(i: number): number {
    return this.indices[i]!;
  }
}

export const NO_ENTRIES = new EntryOrder(new Float64Array(0), new Float64Array(0));

/** Customers [from, to) of a run with `seed`, in order of entry (each at its drawArrival time). */
export function entryOrder(profile: ArrivalProfile, seed: number, from: number, to: number): EntryOrder {
  const n = Math.max(0, to - from);
  const scratch = new Int32Array(STREAM_WORDS);
  const drawn = new Float64Array(n);
  for (let i = 0; i < n; i++) drawn[i] = drawArrival(profile, seed, from + i, scratch);
  // Stretch b holds the times in [b·width, (b+1)·width): stretches are in time order.
  const stretches = Math.max(1, n);
  const width = profile.overMs / stretches;
  const stretchOf = (t: number) => Math.min(stretches - 1, Math.floor(t / width));
  const next = new Int32Array(stretches + 1);
  for (let i = 0; i < n; i++) next[stretchOf(drawn[i]!) + 1]!++;
  for (let b = 0; b < stretches; b++) next[b + 1]! += next[b]!;
  const times = new Float64Array(n);
  const indices = new Float64Array(n);
  // In index order: within a stretch, equal times keep the lower index first.
  for (let i = 0; i < n; i++) {
    const j = next[stretchOf(drawn[i]!)]!++;
    times[j] = drawn[i]!;
    indices[j] = from + i;
  }
  // An entry never moves past the start of its stretch (earlier stretches hold earlier times).
  for (let a = 1; a < n; a++) {
    const t = times[a]!;
    const index = indices[a]!;
    let b = a;
    for (; b > 0 && times[b - 1]! > t; b--) {
      times[b] = times[b - 1]!;
      indices[b] = indices[b - 1]!;
    }
    times[b] = t;
    indices[b] = index;
  }
  return new EntryOrder(times, indices);
}
