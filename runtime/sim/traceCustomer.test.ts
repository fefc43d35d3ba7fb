import { describe, expect, it } from 'vitest';
import { traceCustomer } from './traceCustomer';
import { simulate } from './simulate';
import { replyRace, oneSegment, singleDesk } from './testing/closedFormJourneys';
import { loadSamples } from './testing/sampleFiles';

describe('traceCustomer (single-customer trace mode)', () => {
  it('the steps of one customer in time order, ending where the run counts it', () => {
    const t = traceCustomer(replyRace(), oneSegment(), 9, 4);
    expect(t).toMatchObject({ journey: 'reply-race', cohort: 'people', seed: 9, index: 4, customer: { segment: 'all', patienceMs: null } });
    expect(t.steps[0]).toEqual({ t: 0, type: 'enter', node: 'asked' });
    const times = t.steps.map((s) => s.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const end = t.steps.at(-1)!;
    expect(end.type).toBe('end');
    const emit = t.steps.find((s) => s.type === 'emit');
    if (emit && emit.type === 'emit' && emit.at <= 86_400_000) expect(end).toMatchObject({ end: 'outcome', node: 'replied', t: emit.at });
    else expect(end).toMatchObject({ end: 'outcome', node: 'timed-out', t: 86_400_000 });
  });

  it('shows queue waits, which depend on who else is in the run', () => {
    const alone = traceCustomer(singleDesk(1, '10m'), oneSegment(), 1, 2, { customers: 3 });
    expect(alone.steps.map((s) => s.type)).toEqual(['enter', 'queue', 'serve', 'done', 'edge', 'enter', 'end']);
    expect(alone.steps[2]).toMatchObject({ type: 'serve', waitMs: 1_200_000, handleMs: 600_000 });
  });

  it('a traced customer of a sample ends as the run counts it (same engine, same seed)', () => {
    const { journey, cohort } = loadSamples()[0]!;
    const r = simulate(journey, cohort, { customers: 300, seed: 2 });
    const ends = Array.from({ length: 300 }, (_, i) => traceCustomer(journey, cohort, 2, i, { customers: 300 }).steps.at(-1)!);
    const outcomes = ends.filter((e) => e.type === 'end' && e.end === 'outcome').length;
    expect(outcomes).toBe(r.timeToOutcome.count);
  });
});
