import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { journeySchema, type Journey } from '../model/journey';
import { generateLargeJourney } from '../testing/generateLargeJourney';
import { generateTreeJourney } from '../testing/generateTreeJourney';
import { toMachineConfig } from './toMachineConfig';
import { withTimerActors } from './withTimerActors';
import { exportMermaid } from './exports/exportMermaid';
import { collidingIdsJourney, mortgageJourney, onboardingJourney, vipOnlyJourney } from './testJourneys';
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
    // The keys in the order the exports print them: the state's own, then its steps, then what hosting adds.
    expect(Object.keys(hosted.states.review!)).toEqual(['id', 'meta', 'tags', 'initial', 'states', 'on', 'invoke']);
    expect(Object.keys(withTimerActors(toMachineConfig(mortgageJourney)).states.apply!)).toEqual(['id', 'initial', 'meta', 'tags', 'states', 'on', 'invoke']);
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

  describe("toMachineConfig's timers: 'hosted' (made state by state, without the data config)", () => {
    const samplesDir = join(__dirname, '..', '..', 'samples');
    const samples = readdirSync(samplesDir)
      .filter((f) => f.endsWith('.journey.json'))
      .map((f): [string, Journey] => [f, journeySchema.parse(JSON.parse(readFileSync(join(samplesDir, f), 'utf8')))]);
    const journeys: [string, Journey][] = [
      ...samples,
      ['mortgage', mortgageJourney],
      ['onboarding', onboardingJourney],
      ['vip only', vipOnlyJourney],
      ['colliding ids', collidingIdsJourney],
      ['timers of 90 days', timerJourney('90d')],
      ['generated, with work and stage timers', journeySchema.parse(generateLargeJourney(400))],
      ['a tree', journeySchema.parse(generateTreeJourney(300))],
    ];

    it.each(journeys)('is withTimerActors of the data config, to the byte (key order too): %s', (_name, journey) => {
      expect(JSON.stringify(toMachineConfig(journey, { timers: 'hosted' }))).toBe(JSON.stringify(withTimerActors(toMachineConfig(journey))));
    });
  });
});
