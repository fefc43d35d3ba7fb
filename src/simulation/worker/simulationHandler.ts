// The worker's logic without the Worker: requests in, responses out through `post`. Runs go in
// slices (cancellable between slices); comparisons, traces and staffing suggestions are single
// synchronous calls that a shared cancel flag can stop (the client terminates the worker otherwise).
import { compareJourneys, SimulationCancelled, traceCustomer } from '../../../runtime/sim';
import { suggestStaffing } from '../../../runtime/sim/staffing/suggestStaffing';
import { createProgressReporter } from './progressReporter';
import { flagRaised, type CancelFlag, type JobKind, type JobResults, type WorkerRequest, type WorkerResponse } from './protocol';
import { simulateInSlices } from './slicedSimulation';
import { yieldToEventLoop } from './yieldToEventLoop';

export interface SimulationHandlerOptions {
  /** Awaited between slices of a run (default: one macrotask). */
  pause?: () => Promise<void>;
  /** Default `performance.now`. */
  now?: () => number;
  /** Target duration of a run's slice (default 20 ms). */
  sliceMs?: number;
  /** A fixed slice size (tests). */
  sliceCustomers?: number;
  /** Least time between two progress messages of a job (default 50 ms: at most ~20 a second). */
  progressIntervalMs?: number;
}

export interface SimulationHandler {
  /** Handles one request; resolves when its job (if any) has posted its last message. */
  handle(request: WorkerRequest): Promise<void>;
  /** Ids of the jobs running now. */
  running(): string[];
}

interface Job {
  cancelled: boolean;
  flag: CancelFlag | undefined;
}

/** The first line of an error's message (what the workbench shows). */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split(/\r?\n/)[0]!.trim() || 'the simulation failed';
}

export function createSimulationHandler(post: (response: WorkerResponse) => void, options: SimulationHandlerOptions = {}): SimulationHandler {
  const jobs = new Map<string, Job>();
  const pause = options.pause ?? yieldToEventLoop;
  const now = options.now ?? (() => performance.now());

  const intervalMs = options.progressIntervalMs ?? 50;
  const reporter = (id: string, total: number) => createProgressReporter((done, t) => post({ type: 'progress', id, done, total: t }), total, now, intervalMs);

  /** Progress with a note (staffing): at most one message per interval, and always the last step (done = total). */
  const noteReporter = (id: string) => {
    let last = Number.NEGATIVE_INFINITY;
    return (done: number, total: number, note: string) => {
      const t = now();
      const d = Math.min(Math.max(0, Math.floor(done)), total);
      if (d < total && t - last < intervalMs) return;
      last = t;
      post({ type: 'progress', id, done: d, total, note });
    };
  };

  async function execute(request: Exclude<WorkerRequest, { type: 'cancel' }>, job: Job): Promise<JobResults[JobKind]> {
    const shouldCancel = () => job.cancelled || flagRaised(job.flag);
    switch (request.type) {
      case 'run': {
        const report = reporter(request.id, request.options.customers);
        const slicing = { pause, now, shouldCancel, onProgress: (done: number) => report(done) };
        return simulateInSlices(request.journey, request.cohort, request.options, {
          ...slicing,
          ...(options.sliceMs !== undefined ? { sliceMs: options.sliceMs } : {}),
          ...(options.sliceCustomers !== undefined ? { sliceCustomers: options.sliceCustomers } : {}),
        });
      }
      case 'compare': {
        const report = reporter(request.id, request.options.customers);
        report(0);
        await pause(); // a cancel already queued wins before the synchronous part
        if (shouldCancel()) throw new SimulationCancelled();
        return compareJourneys(request.a, request.b, request.cohort, { ...request.options, onProgress: (done) => report(done), shouldCancel });
      }
      case 'trace': {
        await pause();
        if (shouldCancel()) throw new SimulationCancelled();
        const { seed, index, ...rest } = request.options;
        return traceCustomer(request.journey, request.cohort, seed, index, rest);
      }
      case 'staffing': {
        const report = noteReporter(request.id);
        report(0, 1, 'Simulating the staffing of now');
        await pause(); // a cancel already queued wins before the synchronous part
        if (shouldCancel()) throw new SimulationCancelled();
        return suggestStaffing(request.journey, request.cohort, { ...request.options, onProgress: report, shouldCancel });
      }
    }
  }

  async function start(request: Exclude<WorkerRequest, { type: 'cancel' }>): Promise<void> {
    const { id } = request;
    if (jobs.has(id)) {
      post({ type: 'error', id, message: `a job with id '${id}' is already running` });
      return;
    }
    const job: Job = { cancelled: false, flag: request.cancelFlag };
    jobs.set(id, job);
    try {
      const result = await execute(request, job);
      if (job.cancelled || flagRaised(job.flag)) post({ type: 'cancelled', id });
      else post({ type: 'result', id, kind: request.type, result } as WorkerResponse);
    } catch (error) {
      if (error instanceof SimulationCancelled) post({ type: 'cancelled', id });
      else post({ type: 'error', id, message: errorLine(error) });
    } finally {
      jobs.delete(id);
    }
  }

  return {
    handle(request) {
      switch (request?.type) {
        case 'run':
        case 'compare':
        case 'trace':
        case 'staffing':
          return start(request);
        case 'cancel': {
          const job = jobs.get(request.id);
          if (job) job.cancelled = true;
          return Promise.resolve();
        }
        default: {
          const id = (request as { id?: unknown } | null)?.id;
          if (typeof id === 'string') post({ type: 'error', id, message: `unknown request '${String((request as { type?: unknown }).type)}'` });
          return Promise.resolve();
        }
      }
    },
    running: () => [...jobs.keys()],
  };
}
