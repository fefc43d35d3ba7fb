// The workbench's handle on the simulation worker: one promise per job, progress callbacks, and a
// cancel that the UI can trust. cancel() rejects the job's promise at once (SimulationCancelled) and
// tells the worker; runs stop at their next slice (~20 ms). A comparison, a trace or the interaction
// phase of a run are synchronous in the worker: a shared flag stops them when the page is
// cross-origin isolated; otherwise, when the worker has not confirmed within `hardCancelMs`, the
// client terminates it and starts a new one (given a factory), re-sending the other jobs in flight.
// A staffing suggestion (many runs in one synchronous call) is cancelled the same way.
import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import { SimulationCancelled, SimulationError, type Comparison, type CustomerTrace, type SimulationResult } from '../../../runtime/sim';
import type { StaffingResult } from '../../../runtime/sim/staffing/suggestStaffing';
import type { CancelFlag, JobKind, JobResults, RunRequestOptions, StaffingRequestOptions, TraceRequestOptions, WorkerRequest, WorkerResponse } from '../worker/protocol';

/** A callback property a DOM `Worker` fits too (its handlers take the fuller MessageEvent / ErrorEvent). */
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

/** What the client needs of a Worker (a real one, or createInProcessWorker). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: Handler<{ data: WorkerResponse }> | null;
  onerror?: Handler<unknown> | null;
  terminate?(): void;
}

/** Done of total (customers; simulations for a staffing suggestion, with a note saying what it tries). */
export type ProgressListener = (done: number, total: number, note?: string) => void;

export interface SimulationJob<T> {
  readonly id: string;
  /** Resolves with the result; rejects with SimulationCancelled or SimulationError (one-line message). */
  readonly promise: Promise<T>;
  cancel(): void;
}

export interface SimulationClientOptions {
  /** After cancel(), how long the worker has to confirm before it is replaced (needs a factory). Default 250 ms. */
  hardCancelMs?: number;
  /** Give jobs a shared cancel flag: default when the page is cross-origin isolated. */
  sharedCancel?: boolean;
}

export interface SimulationClient {
  run(journey: Journey, cohort: Cohort, options: RunRequestOptions, onProgress?: ProgressListener): SimulationJob<SimulationResult>;
  compare(a: Journey, b: Journey, cohort: Cohort, options: RunRequestOptions, onProgress?: ProgressListener): SimulationJob<Comparison>;
  trace(journey: Journey, cohort: Cohort, options: TraceRequestOptions): SimulationJob<CustomerTrace>;
  /** Suggest the staffing of the journey's teams for their targets (runtime/sim/staffing). */
  staffing(journey: Journey, cohort: Cohort, options: StaffingRequestOptions, onProgress?: ProgressListener): SimulationJob<StaffingResult>;
  /** Jobs whose promise has not settled. */
  pending(): number;
  /** Cancels every job and terminates the worker. */
  dispose(): void;
}

type JobRequest = Exclude<WorkerRequest, { type: 'cancel' }>;

interface Pending {
  request: JobRequest;
  kind: JobKind;
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  onProgress: ProgressListener | undefined;
}

function canShareFlag(): boolean {
  return typeof SharedArrayBuffer === 'function' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
}

export function createSimulationClient(source: WorkerLike | (() => WorkerLike), options: SimulationClientOptions = {}): SimulationClient {
  const factory = typeof source === 'function' ? source : null;
  const hardCancelMs = options.hardCancelMs ?? 250;
  const shareFlags = options.sharedCancel ?? canShareFlag();
  const jobs = new Map<string, Pending>();
  /** Cancelled jobs the current worker has not confirmed yet, with their hard-cancel timers. */
  const unconfirmed = new Map<string, ReturnType<typeof setTimeout>>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let disposed = false;

  function connect(): WorkerLike {
    if (worker) return worker;
    const w = factory ? factory() : (source as WorkerLike);
    w.onmessage = (event) => receive(w, event.data);
    w.onerror = (event) => failAll(w, event);
    worker = w;
    return w;
  }

  function confirm(id: string): void {
    const timer = unconfirmed.get(id);
    if (timer !== undefined) {
      clearTimeout(timer);
      unconfirmed.delete(id);
    }
  }

  function receive(from: WorkerLike, message: WorkerResponse): void {
    if (from !== worker || !message || typeof message !== 'object') return;
    const job = jobs.get(message.id);
    if (message.type !== 'progress') confirm(message.id);
    if (!job) return;
    switch (message.type) {
      case 'progress':
        job.onProgress?.(message.done, message.total, message.note);
        return;
      case 'result':
        jobs.delete(message.id);
        job.resolve(message.result as never);
        return;
      case 'cancelled':
        jobs.delete(message.id);
        job.reject(new SimulationCancelled());
        return;
      case 'error':
        jobs.delete(message.id);
        job.reject(new SimulationError(message.message));
        return;
    }
  }

  /** The worker failed as a whole (its script did not load, an uncaught error): every job fails. */
  function failAll(from: WorkerLike, event: unknown): void {
    if (from !== worker) return;
    const detail = (event as { message?: unknown } | null)?.message;
    const error = new SimulationError(`the simulation worker failed${typeof detail === 'string' && detail ? `: ${detail.split('\n')[0]}` : ''}`);
    if (factory) replaceWorker(false);
    for (const [id, job] of jobs) {
      jobs.delete(id);
      job.reject(error);
    }
  }

  /** Terminates the worker (the next request starts a new one); optionally re-sends the jobs in flight. */
  function replaceWorker(resend: boolean): void {
    const old = worker;
    worker = null;
    for (const timer of unconfirmed.values()) clearTimeout(timer);
    unconfirmed.clear();
    if (old) {
      old.onmessage = null;
      if (old.onerror !== undefined) old.onerror = null;
      old.terminate?.();
    }
    if (resend && jobs.size > 0) {
      const w = connect();
      for (const job of jobs.values()) w.postMessage(job.request);
    }
  }

  function cancel(id: string): void {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    const flag = job.request.cancelFlag;
    if (flag) Atomics.store(flag, 0, 1);
    job.reject(new SimulationCancelled());
    const w = worker;
    if (!w) return;
    w.postMessage({ type: 'cancel', id });
    if (factory && w.terminate) {
      unconfirmed.set(
        id,
        setTimeout(() => {
          unconfirmed.delete(id);
          if (worker === w) replaceWorker(true);
        }, hardCancelMs),
      );
    }
  }

  function submit<K extends JobKind>(kind: K, make: (id: string, flag: CancelFlag | undefined) => JobRequest, onProgress?: ProgressListener): SimulationJob<JobResults[K]> {
    const id = `job-${nextId++}`;
    if (disposed) {
      return { id, promise: Promise.reject(new SimulationError('the simulation client is disposed')), cancel: () => {} };
    }
    const flag = shareFlags ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
    const request = make(id, flag);
    const promise = new Promise<JobResults[K]>((resolve, reject) => {
      jobs.set(id, { request, kind, resolve: resolve as (value: never) => void, reject, onProgress });
    });
    connect().postMessage(request);
    return { id, promise, cancel: () => cancel(id) };
  }

  const withFlag = (flag: CancelFlag | undefined) => (flag ? { cancelFlag: flag } : {});

  return {
    run: (journey, cohort, runOptions, onProgress) =>
      submit('run', (id, flag) => ({ type: 'run', id, journey, cohort, options: runOptions, ...withFlag(flag) }), onProgress),
    compare: (a, b, cohort, runOptions, onProgress) =>
      submit('compare', (id, flag) => ({ type: 'compare', id, a, b, cohort, options: runOptions, ...withFlag(flag) }), onProgress),
    trace: (journey, cohort, traceOptions) => submit('trace', (id, flag) => ({ type: 'trace', id, journey, cohort, options: traceOptions, ...withFlag(flag) })),
    staffing: (journey, cohort, staffingOptions, onProgress) =>
      submit('staffing', (id, flag) => ({ type: 'staffing', id, journey, cohort, options: staffingOptions, ...withFlag(flag) }), onProgress),
    pending: () => jobs.size,
    dispose() {
      disposed = true;
      for (const id of [...jobs.keys()]) cancel(id);
      replaceWorker(false);
    },
  };
}
