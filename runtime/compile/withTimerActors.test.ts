import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { toMachineConfig } from './toMachineConfig';
import { withTimerActors } from './withTimerActors';
import { exportMermaid } from './exports/exportMermaid';
import { mortgageJourney } from './testJourneys';
import { DAY, timerJourney } from './testTimerJourneys';

describe('withTimerActors', () => {
  const data = toMachineConfig(timerJourney('90d'));
  const hosted = withTimerActors(data);

  it("turns a state's `after` into a journey timer it invokes and `on` transitions of XState's own timer events", () => {
    const ms = 90 * DAY;
    expect(hosted.states.waiting!.after).toBeUndefined();
    expect(hosted.states.waiting!.invoke).toEqual([{ id: 'timers.waiting', src: 'journey.timers', input: { timers: [{ delay: ms, event: `xstate.after.${ms}.waiting` }] } }]);
    expect(hosted.states.waiting!.on![`xstate.after.${ms}.waiting`]).toEqual([{ ...data.states.waiting!.after![String(ms)]![0]!, delay: ms }]);
    expect(Object.keys(hosted.states.waiting!.on!)).toEqual([...Object.keys(data.states.waiting!.on!), `xstate.after.${ms}.waiting`]);
    // A node with work keeps its timer on the node, live in all three steps.
    expect(hosted.states.review!.invoke![0]!.input.timers).toEqual([{ delay: 30 * DAY, event: `xstate.after.${30 * DAY}.review` }]);
    expect(hosted.states.review!.states).toEqual(data.states.review!.states);
  });

  it('leaves states without timers, and the data config, as they were', () => {
    expect(hosted.states.away).toEqual(data.states.away);
    expect(hosted.states.expired).toEqual(data.states.expired);
    expect(data.states.waiting!.after).toBeDefined();
    expect(data.states.waiting!.invoke).toBeUndefined();
  });

  it('names stage-level timers after the stage, and gives XState the same events its own `after` would raise', () => {
    const config = withTimerActors(toMachineConfig(mortgageJourney));
    const apply = config.states.apply!;
    expect(apply.invoke![0]!.input.timers).toEqual([{ delay: 14 * DAY, event: `xstate.after.${14 * DAY}.apply` }]);
    const native = createMachine(toMachineConfig(mortgageJourney) as never);
    const timed = createMachine(config as never);
    const timerEvents = (m: typeof native) => m.events.filter((e) => e.startsWith('xstate.after.')).sort();
    expect(timerEvents(timed)).toEqual(timerEvents(native));
    expect(timerEvents(timed).length).toBeGreaterThan(0);
  });

  it('keeps the Mermaid export drawing a timer as the document wrote it ("after 90d")', () => {
    expect(exportMermaid(timerJourney('90d'))).toContain('waiting --> expired : after 90d');
  });
});
