import { describe, expect, it, vi } from 'vitest';
import { compareJourneys, simulate, SimulationCancelled, SimulationError, traceCustomer } from '../../../runtime/sim';
import { loadSamples } from '../../../runtime/sim/testing/sampleFiles';
import { createInProcessWorker } from '../worker/inProcessWorker';
import type { WorkerRequest, WorkerResponse } from '../worker/protocol';
import { createSimulationClient, type WorkerLike } from './simulationClient';

const { journey, cohort } = loadSamples().find((s) => s.name === 'mortgage-preapproval')!;

/** A worker that records requests and answers only when told to. */
function scriptedWorker() {
  const w = {
    requests: [] as WorkerRequest[],
    terminated: false,
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    postMessage(m: WorkerRequest) {
      w.requests.push(m);
    },
    terminate() {
      w.terminated = true;
    },
    reply(m: WorkerResponse) {
      w.onmessage?.({ data: m });
    },
  };
  return w;
}

describe('createSimulationClient', () => {
  it('runs through the worker and reports progress', async () => {
    const client = createSimulationClient(createInProcessWorker());
    const progress: [number, number][] = [];
    const job = client.run(journey, cohort, { customers: 2_000, seed: 4 }, (d, t) => progress.push([d, t]));
    expect(client.pending()).toBe(1);
    const result = await job.promise;
    expect(result).toEqual(simulate(journey, cohort, { customers: 2_000, seed: 4 }));
    expect(progress[0]).toEqual([0, 2_000]);
    expect(progress.at(-1)).toEqual([2_000, 2_000]);
    expect(client.pending()).toBe(0);
  });

  it('compares and traces', async () => {
    const client = createSimulationClient(createInProcessWorker());
    const b = { ...journey, teams: journey.teams!.map((t) => ({ ...t, staff: 1 })) };
    const [comparison, trace] = await Promise.all([
      client.compare(journey, b, cohort, { customers: 1_000, seed: 2 }).promise,
      client.trace(journey, cohort, { seed: 2, index: 3 }).promise,
    ]);
    expect(comparison).toEqual(compareJourneys(journey, b, cohort, { customers: 1_000, seed: 2 }));
    expect(trace).toEqual(traceCustomer(journey, cohort, 2, 3));
  });

  it('rejects with SimulationError (one line) on bad input', async () => {
    const client = createSimulationClient(createInProcessWorker());
    const job = client.run(journey, cohort, { customers: 10, engine: 'turbo' as never });
    await expect(job.promise).rejects.toThrow(new SimulationError("unknown engine 'turbo': use fast or reference"));
  });

  it('cancel rejects at once, and the worker stops the run', async () => {
    const worker = createInProcessWorker();
    const client = createSimulationClient(worker);
    const progress: number[] = [];
    const job = client.run(journey, cohort, { customers: 1_000_000 }, (d) => progress.push(d));
    await vi.waitFor(() => expect(progress.some((d) => d > 0)).toBe(true), { timeout: 5_000, interval: 5 });
    job.cancel();
    await expect(job.promise).rejects.toBeInstanceOf(SimulationCancelled);
    await vi.waitFor(() => expect(worker.received.map((m) => m.type)).toEqual(['run', 'cancel']));
    // The next job runs normally on the same worker.
    const next = await client.run(journey, cohort, { customers: 200 }).promise;
    expect(next.customers).toBe(200);
  });

  it('replaces a worker that does not confirm a cancel in time, re-sending the other jobs', async () => {
    const workers: ReturnType<typeof scriptedWorker>[] = [];
    const client = createSimulationClient(() => {
      const w = scriptedWorker();
      workers.push(w);
      return w;
    }, { hardCancelMs: 20 });
    const stuck = client.compare(journey, journey, cohort, { customers: 10 });
    const other = client.trace(journey, cohort, { seed: 1, index: 0 });
    stuck.cancel();
    await expect(stuck.promise).rejects.toBeInstanceOf(SimulationCancelled);
    expect(workers[0]!.requests.map((r) => r.type)).toEqual(['compare', 'trace', 'cancel']);
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.requests).toEqual([workers[0]!.requests[1]]);
    const trace = traceCustomer(journey, cohort, 1, 0);
    workers[0]!.reply({ type: 'result', id: other.id, kind: 'trace', result: { ...trace, index: 99 } }); // the old worker is not heard
    workers[1]!.reply({ type: 'result', id: other.id, kind: 'trace', result: trace });
    expect(await other.promise).toEqual(trace);
  });

  it('relays a staffing suggestion’s notes, and stops one stuck in its search by replacing the worker', async () => {
    const workers: ReturnType<typeof scriptedWorker>[] = [];
    const client = createSimulationClient(() => {
      const w = scriptedWorker();
      workers.push(w);
      return w;
    }, { hardCancelMs: 20 });
    const progress: [number, number, string | undefined][] = [];
    const job = client.staffing(journey, cohort, { customers: 10, overMs: 86_400_000, maxStaff: 20 }, (d, t, note) => progress.push([d, t, note]));
    expect(workers[0]!.requests[0]).toMatchObject({ type: 'staffing', id: job.id, options: { customers: 10, overMs: 86_400_000, maxStaff: 20 } });
    workers[0]!.reply({ type: 'progress', id: job.id, done: 3, total: 12, note: 'advisors: trying 4 staff' });
    expect(progress).toEqual([[3, 12, 'advisors: trying 4 staff']]);
    // The search is one synchronous call: the worker cannot hear the cancel, so it is replaced.
    job.cancel();
    await expect(job.promise).rejects.toBeInstanceOf(SimulationCancelled);
    expect(workers[0]!.requests.map((r) => r.type)).toEqual(['staffing', 'cancel']);
    await vi.waitFor(() => expect(workers[0]!.terminated).toBe(true));
    expect(client.pending()).toBe(0);
  });

  it('keeps the worker when it confirms the cancel in time', async () => {
    const workers: ReturnType<typeof scriptedWorker>[] = [];
    const client = createSimulationClient(() => {
      const w = scriptedWorker();
      workers.push(w);
      return w;
    }, { hardCancelMs: 20 });
    const job = client.run(journey, cohort, { customers: 10 });
    job.cancel();
    workers[0]!.reply({ type: 'cancelled', id: job.id });
    await expect(job.promise).rejects.toBeInstanceOf(SimulationCancelled);
    await new Promise((r) => setTimeout(r, 40));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
  });

  it('raises the shared cancel flag when it has one', async () => {
    const w = scriptedWorker();
    const client = createSimulationClient(w, { sharedCancel: true });
    const job = client.compare(journey, journey, cohort, { customers: 10 });
    const request = w.requests[0]!;
    const flag = request.type === 'compare' ? request.cancelFlag : undefined;
    expect(flag && Atomics.load(flag, 0)).toBe(0);
    job.cancel();
    expect(flag && Atomics.load(flag, 0)).toBe(1);
    await expect(job.promise).rejects.toBeInstanceOf(SimulationCancelled);
  });

  it('fails every job when the worker itself fails, and starts a new one for the next job', async () => {
    const workers: ReturnType<typeof scriptedWorker>[] = [];
    const client = createSimulationClient(() => {
      const w = scriptedWorker();
      workers.push(w);
      return w;
    });
    const a = client.run(journey, cohort, { customers: 10 });
    const b = client.trace(journey, cohort, { seed: 1, index: 0 });
    workers[0]!.onerror?.({ message: 'SyntaxError: boom\nstack' });
    await expect(a.promise).rejects.toThrow('the simulation worker failed: SyntaxError: boom');
    await expect(b.promise).rejects.toBeInstanceOf(SimulationError);
    client.run(journey, cohort, { customers: 10 });
    expect(workers).toHaveLength(2);
  });

  it('takes a DOM Worker as it is (checked by tsc)', () => {
    const fits = (w: Worker): WorkerLike => w;
    expect(typeof fits).toBe('function');
  });

  it('dispose cancels everything and terminates the worker', async () => {
    const w = scriptedWorker();
    const client = createSimulationClient(w);
    const job = client.run(journey, cohort, { customers: 10 });
    client.dispose();
    await expect(job.promise).rejects.toBeInstanceOf(SimulationCancelled);
    expect(w.terminated).toBe(true);
    await expect(client.run(journey, cohort, { customers: 10 }).promise).rejects.toThrow(/disposed/);
  });
});
