import { describe, expect, it } from 'vitest';
import { createJourneyMachine } from '../compile/createJourneyMachine';
import { onboardingJourney } from '../compile/testJourneys';
import { serializeTimed, timedEvents, timedJourneyLogic, type TimedSnapshot } from './timedJourneyLogic';

const DAY = 86_400_000;

describe('timedJourneyLogic', () => {
  const logic = timedJourneyLogic(createJourneyMachine(onboardingJourney));
  const start = () => logic.getInitialSnapshot(undefined as never, { customer: { age: 0, segment: 'default' } });
  const send = (s: TimedSnapshot, type: string) => logic.transition(s, { type }, undefined as never);

  it('knows the timers pending, due first first, and offers only the first one', () => {
    const s = start();
    expect(s.machine.value).toBe('waiting');
    expect(s.timers.map((t) => [t.type, t.at])).toEqual([
      ['xstate.after.172800000.waiting', 2 * DAY],
      ['xstate.after.432000000.waiting', 5 * DAY],
    ]);
    expect(timedEvents(s).map((e) => e.type)).toEqual(['ACTIVATE', 'xstate.after.172800000.waiting']);
    expect(send(s, 'xstate.after.432000000.waiting')).toBe(s);
  });

  it('moves the clock to a timer when it fires, and restarts the timers of re-entered states', () => {
    const s = send(start(), 'xstate.after.172800000.waiting');
    expect(s.now).toBe(2 * DAY);
    expect(s.machine.value).toBe('waiting');
    expect(s.machine.context.journey).toEqual({ nudges: 1 });
    expect(s.timers.map((t) => t.at)).toEqual([4 * DAY, 7 * DAY]);
    const later = send(s, 'xstate.after.172800000.waiting'); // guard fails: stays, that timer is gone
    expect(later.machine.value).toBe('waiting');
    expect(later.now).toBe(4 * DAY);
    expect(timedEvents(later).map((e) => e.type)).toEqual(['ACTIVATE', 'xstate.after.432000000.waiting']);
    expect(serializeTimed(later)).not.toBe(serializeTimed(s));
  });

  it('cancels the timers of the states it leaves, and ends at outcomes', () => {
    const vip = logic.getInitialSnapshot(undefined as never, { customer: { age: 40, segment: 'vip' } });
    expect(vip.timers.map((t) => t.type)).toEqual(['xstate.after.86400000.vip-call']);
    expect(timedEvents(vip).map((e) => e.type)).toEqual(['work.start', 'RETRY', 'xstate.after.86400000.vip-call']);
    const started = send(vip, 'work.start');
    const done = send(started, 'work.done');
    expect(done.status).toBe('done');
    expect(done.timers).toEqual([]);
    expect(done.output).toEqual({ outcome: 'activated', result: 'success', value: 50 });
    expect(timedEvents(done)).toEqual([]);
  });
});
