// A run cut into slices of customers so that the worker stays responsive: the admission phase of
// each slice (simulateAdmissions) runs between pauses in which a `cancel` message can arrive, then
// one completeSimulation joins them. Same bytes as one `simulate` (the runtime's contract, checked
// by slicedSimulation.test.ts). The interaction phase (customers meeting in staff queues) is one
// synchronous call: only `shouldCancel` (a shared flag) stops it early.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import { completeSimulation, mergeMetrics, resolveRun, simulateAdmissions, SimulationCancelled, type AdmissionShard, type SimulationMetrics, type SimulationResult } from '../../../runtime/sim';
import { checkCustomers } from '../../../runtime/sim/simulate';
import type { RunRequestOptions } from './protocol';

export interface SliceOptions {
  /** Awaited between slices: a macrotask, so that queued messages are handled. */
  pause: () => Promise<void>;
  now: () => number;
  /** Target duration of a slice, ms (default 20): the slice size adapts to the measured speed. */
  sliceMs?: number;
  /** A fixed number of customers per slice instead (tests). */
  sliceCustomers?: number;
  /** Customers done (ended) so far, of N. */
  onProgress?: (done: number, total: number) => void;
  shouldCancel?: () => boolean;
  /** Called with each slice's range (tests). */
  onSlice?: (from: number, to: number) => void;
}

const FIRST_SLICE = 128;
const MIN_SLICE = 16;
const MAX_SLICE = 250_000;

/** The pending arrivals of all slices, in slice order (what completeSimulation would append one by one). */
class ArrivalBuffer {
  times = new Float64Array(1024);
  keys = new Float64Array(1024);
  length = 0;

  append(times: Float64Array, keys: Float64Array): void {
    const need = this.length + times.length;
    if (need > this.times.length) {
      const size = Math.max(need, this.times.length * 2);
      const t = new Float64Array(size);
      t.set(this.times.subarray(0, this.length));
      const k = new Float64Array(size);
      k.set(this.keys.subarray(0, this.length));
      this.times = t;
      this.keys = k;
    }
    this.times.set(times, this.length);
    this.keys.set(keys, this.length);
    this.length = need;
  }
}

function nextSize(size: number, customers: number, elapsedMs: number, sliceMs: number): number {
  const rate = customers / Math.max(elapsedMs, 0.25);
  const wanted = Math.round(rate * sliceMs);
  return Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.min(wanted, size * 4)));
}

/** Simulates like `simulate`, in slices separated by `pause()`; SimulationCancelled when `shouldCancel()`. */
export async function simulateInSlices(journey: Journey, cohort: Cohort, options: RunRequestOptions, slicing: SliceOptions): Promise<SimulationResult> {
  const N = options.customers;
  checkCustomers(N);
  const run = resolveRun(options);
  const cancelled = () => slicing.shouldCancel?.() === true;
  const arrivals = new ArrivalBuffer();
  let metrics: SimulationMetrics | null = null;
  let ended = 0;
  let size = slicing.sliceCustomers ?? FIRST_SLICE;
  slicing.onProgress?.(0, N);
  for (let from = 0; from < N; ) {
    if (cancelled()) throw new SimulationCancelled();
    const to = Math.min(N, from + size);
    slicing.onSlice?.(from, to);
    const started = slicing.now();
    const shard = simulateAdmissions(journey, cohort, { ...run, from, to });
    const elapsed = slicing.now() - started;
    metrics = metrics === null ? shard.metrics : mergeMetrics(metrics, shard.metrics);
    arrivals.append(shard.arrivals.times, shard.arrivals.keys);
    ended += to - from - shard.arrivals.times.length;
    slicing.onProgress?.(ended, N);
    if (slicing.sliceCustomers === undefined) size = nextSize(size, to - from, elapsed, slicing.sliceMs ?? 20);
    from = to;
    await slicing.pause();
  }
  if (cancelled()) throw new SimulationCancelled();
  const whole: AdmissionShard = {
    from: 0,
    to: N,
    metrics: metrics!,
    arrivals: { times: arrivals.times.subarray(0, arrivals.length), keys: arrivals.keys.subarray(0, arrivals.length) },
  };
  const admitted = ended;
  const result = completeSimulation(journey, cohort, [whole], {
    ...run,
    customers: N,
    onProgress: (done) => slicing.onProgress?.(admitted + done, N),
    shouldCancel: cancelled,
  });
  slicing.onProgress?.(N, N);
  return result;
}
