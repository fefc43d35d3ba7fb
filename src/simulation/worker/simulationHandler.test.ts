import { describe, expect, it } from 'vitest';
import { compareJourneys, simulate, traceCustomer } from '../../../runtime/sim';
import { loadSamples } from '../../../runtime/sim/testing/sampleFiles';
import { suggestStaffing } from '../../../runtime/sim/staffing/suggestStaffing';
import { targetSample } from '../model/testRuns';
import { createSimulationHandler, errorLine } from './simulationHandler';
import type { WorkerRequest, WorkerResponse } from './protocol';

const samples = loadSamples();
const mortgage = samples.find((s) => s.name === 'mortgage-preapproval')!;

function collect(options: Parameters<typeof createSimulationHandler>[1] = {}) {
  const posted: WorkerResponse[] = [];
  const listeners: ((r: WorkerResponse) => void)[] = [];
  const handler = createSimulationHandler((r) => {
    posted.push(structuredClone(r));
    for (const l of listeners) l(r);
  }, options);
  return { handler, posted, onPost: (l: (r: WorkerResponse) => void) => listeners.push(l) };
}

describe('createSimulationHandler', () => {
  it('runs: progress from 0 to N, then the result of simulate', async () => {
    const { handler, posted } = collect();
    const { journey, cohort } = mortgage;
    await handler.handle({ type: 'run', id: 'r1', journey, cohort, options: { customers: 3_000, seed: 7 } });
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', id: 'r1', done: 0, total: 3_000 });
    expect(progress.at(-1)).toEqual({ type: 'progress', id: 'r1', done: 3_000, total: 3_000 });
    expect(progress.length).toBeLessThanOrEqual(102);
    const last = posted.at(-1)!;
    expect(last.type === 'result' && last.kind).toBe('run');
    expect(JSON.stringify(last.type === 'result' && last.result)).toBe(JSON.stringify(simulate(journey, cohort, { customers: 3_000, seed: 7 })));
    expect(handler.running()).toEqual([]);
  });

  it('cancels a run while it runs, within one slice', async () => {
    const { handler, posted, onPost } = collect();
    const { journey, cohort } = mortgage;
    let cancelSent = false;
    let progressAfterCancel = 0;
    onPost((m) => {
      if (m.type !== 'progress') return;
      if (cancelSent) progressAfterCancel++;
      else if (m.done > 0) {
        cancelSent = true;
        // A message arriving while the worker runs: it is handled between two slices.
        setTimeout(() => void handler.handle({ type: 'cancel', id: 'big' }), 0);
      }
    });
    await handler.handle({ type: 'run', id: 'big', journey, cohort, options: { customers: 2_000_000 } });
    expect(posted.at(-1)).toEqual({ type: 'cancelled', id: 'big' });
    expect(cancelSent).toBe(true);
    // The cancel is seen at the next slice boundary: at most the slice under way reports after it,
    // nowhere near the hundreds of progress reports of the whole run.
    expect(progressAfterCancel).toBeLessThanOrEqual(2);
  });

  it('compares, with progress, like compareJourneys', async () => {
    const { handler, posted } = collect();
    const { journey, cohort } = mortgage;
    const b = { ...journey, teams: journey.teams!.map((t) => ({ ...t, staff: t.staff + 2 })) };
    await handler.handle({ type: 'compare', id: 'c', a: journey, b, cohort, options: { customers: 2_000, seed: 5 } });
    const last = posted.at(-1)!;
    expect(last.type === 'result' && last.kind).toBe('compare');
    expect(last.type === 'result' && last.result).toEqual(compareJourneys(journey, b, cohort, { customers: 2_000, seed: 5 }));
    expect(posted.filter((m) => m.type === 'progress').at(-1)).toMatchObject({ done: 2_000, total: 2_000 });
  });

  it('stops a comparison through the shared cancel flag', async () => {
    const { handler, posted, onPost } = collect({ progressIntervalMs: 0 });
    const { journey, cohort } = mortgage;
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    onPost((m) => void (m.type === 'progress' && m.done > 0 && Atomics.store(cancelFlag, 0, 1)));
    await handler.handle({ type: 'compare', id: 'c', a: journey, b: journey, cohort, options: { customers: 100_000 }, cancelFlag });
    expect(posted.at(-1)).toEqual({ type: 'cancelled', id: 'c' });
    expect(posted.filter((m) => m.type === 'progress').length).toBeLessThan(5);
  });

  it('traces one customer like traceCustomer', async () => {
    const { handler, posted } = collect();
    const { journey, cohort } = mortgage;
    await handler.handle({ type: 'trace', id: 't', journey, cohort, options: { seed: 7, index: 12, customers: 100 } });
    const last = posted.at(-1)!;
    expect(last.type === 'result' && last.kind).toBe('trace');
    expect(last.type === 'result' && last.result).toEqual(traceCustomer(journey, cohort, 7, 12, { customers: 100 }));
  });

  it('reports errors in one line, and cancels for unknown jobs are ignored', async () => {
    const { handler, posted } = collect();
    const { journey, cohort } = mortgage;
    await handler.handle({ type: 'cancel', id: 'nobody' });
    await handler.handle({ type: 'run', id: 'e', journey, cohort, options: { customers: -3 } });
    await handler.handle({ type: 'trace', id: 'e2', journey, cohort, options: { seed: 1, index: 5, customers: 3 } });
    await handler.handle({ type: 'explode', id: 'e3' } as unknown as WorkerRequest);
    expect(posted).toEqual([
      { type: 'error', id: 'e', message: 'the number of customers must be a positive integer, not -3' },
      { type: 'error', id: 'e2', message: 'customer 5 is not among the 3 customers of the run' },
      { type: 'error', id: 'e3', message: "unknown request 'explode'" },
    ]);
  });

  it('refuses a second job with the id of a running one', async () => {
    const { handler, posted } = collect();
    const { journey, cohort } = mortgage;
    const first = handler.handle({ type: 'run', id: 'same', journey, cohort, options: { customers: 500 } });
    await handler.handle({ type: 'run', id: 'same', journey, cohort, options: { customers: 500 } });
    await first;
    expect(posted.filter((m) => m.type === 'error')).toEqual([{ type: 'error', id: 'same', message: "a job with id 'same' is already running" }]);
    expect(posted.at(-1)!.type).toBe('result');
  });

  it('suggests staffing like suggestStaffing, with progress notes', async () => {
    const { handler, posted } = collect({ progressIntervalMs: 0 });
    const { journey, cohort } = targetSample();
    const options = { customers: 300, seed: 3, overMs: 7 * 86_400_000 };
    await handler.handle({ type: 'staffing', id: 's', journey, cohort, options });
    const last = posted.at(-1)!;
    expect(last.type === 'result' && last.kind).toBe('staffing');
    const expected = suggestStaffing(journey, cohort, options);
    expect(last.type === 'result' && last.result).toEqual(expected);
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', id: 's', done: 0, total: 1, note: 'Simulating the staffing of now' });
    expect(progress.some((m) => m.type === 'progress' && /trying \d+ staff/.test(m.note ?? ''))).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: expected.simulations, total: expected.simulations, note: 'done' });
    expect(handler.running()).toEqual([]);
  });

  it('cancels a staffing suggestion queued behind the cancel before it simulates anything', async () => {
    const { handler, posted } = collect({ progressIntervalMs: 0 });
    const { journey, cohort } = targetSample();
    const job = handler.handle({ type: 'staffing', id: 's', journey, cohort, options: { customers: 50_000 } });
    await handler.handle({ type: 'cancel', id: 's' });
    await job;
    expect(posted).toEqual([
      { type: 'progress', id: 's', done: 0, total: 1, note: 'Simulating the staffing of now' },
      { type: 'cancelled', id: 's' },
    ]);
  });

  it('stops a staffing suggestion through the shared cancel flag, inside its first simulation', async () => {
    const { handler, posted, onPost } = collect({ progressIntervalMs: 0 });
    const { journey, cohort } = targetSample();
    const cancelFlag = new Int32Array(new SharedArrayBuffer(4));
    // The search reports before each simulation: raise the flag as the first one starts.
    onPost((m) => void (m.type === 'progress' && m.note === 'the journey as it is' && Atomics.store(cancelFlag, 0, 1)));
    await handler.handle({ type: 'staffing', id: 's', journey, cohort, options: { customers: 200_000, overMs: 28 * 86_400_000 }, cancelFlag });
    expect(posted.at(-1)).toEqual({ type: 'cancelled', id: 's' });
    // Stopped inside the first simulation (simulate checks the flag every 1% of its customers):
    // no second trial was reported.
    expect(posted.filter((m) => m.type === 'progress')).toHaveLength(2);
    expect(handler.running()).toEqual([]);
  });

  it('errorLine keeps the first line', () => {
    expect(errorLine(new Error('bad thing\n  at x'))).toBe('bad thing');
    expect(errorLine('plain')).toBe('plain');
  });
});
