import { describe, expect, it, vi } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { journeySchema } from '../model/journey';
import { createJourneyMachine } from './createJourneyMachine';
import { mortgageJourney, onboardingJourney } from './testJourneys';

const DAY = 86_400_000;

function start(journey = mortgageJourney, customer: Record<string, unknown> = { income: 0, digital: false, segment: 'a' }) {
  const clock = new SimulatedClock();
  const actor = createActor(createJourneyMachine(journey), { input: { customer }, clock });
  actor.start();
  return { actor, clock };
}

describe('createJourneyMachine', () => {
  it('starts at the start node inside its stage, with customer and vars in context', () => {
    const { actor } = start();
    expect(actor.getSnapshot().value).toEqual({ explore: 'visit' });
    expect(actor.getSnapshot().context).toEqual({ customer: { income: 0, digital: false, segment: 'a' }, journey: { reminders: 0 } });
  });

  it('routes by customer attributes through the guards, in document order', () => {
    const outcomeFor = (customer: Record<string, unknown>) => {
      const { actor } = start(mortgageJourney, customer);
      actor.send({ type: 'APPLY' });
      expect(actor.getSnapshot().value).toEqual({ apply: 'apply-form' });
      actor.send({ type: 'SUBMIT' });
      return actor.getSnapshot();
    };
    const fast = outcomeFor({ income: 60000, digital: true, segment: 'a' });
    expect(fast.status).toBe('done');
    expect(fast.value).toBe('approved');
    expect(fast.output).toEqual({ outcome: 'approved', result: 'success', value: 1000 });
    expect(outcomeFor({ income: 60000, digital: false, segment: 'a' }).value).toEqual({ apply: { review: 'queued' } });
    const low = outcomeFor({ income: 20000, digital: true, segment: 'a' });
    expect(low.output).toEqual({ outcome: 'declined', result: 'failure' });
  });

  it('advances a node with work queued → handling → handled, then applies its rules', () => {
    const { actor } = start(mortgageJourney, { income: 60000, digital: false, segment: 'a' });
    actor.send({ type: 'APPLY' });
    actor.send({ type: 'SUBMIT' });
    expect(actor.getSnapshot().value).toEqual({ apply: { review: 'queued' } });
    expect(actor.getSnapshot().hasTag('work-queued')).toBe(true);
    actor.send({ type: 'work.done' }); // not handling yet: ignored
    expect(actor.getSnapshot().value).toEqual({ apply: { review: 'queued' } });
    actor.send({ type: 'work.start' });
    expect(actor.getSnapshot().value).toEqual({ apply: { review: 'handling' } });
    actor.send({ type: 'work.done' });
    expect(actor.getSnapshot().output).toEqual({ outcome: 'approved', result: 'success', value: 1000 });
  });

  it('keeps a work node\'s timers running while queued and handling', () => {
    const { actor, clock } = start(mortgageJourney, { income: 60000, digital: false, segment: 'a' });
    actor.send({ type: 'APPLY' });
    actor.send({ type: 'SUBMIT' });
    actor.send({ type: 'work.start' });
    clock.increment(2 * DAY - 1);
    expect(actor.getSnapshot().value).toEqual({ apply: { review: 'handling' } });
    clock.increment(1);
    expect(actor.getSnapshot().output).toEqual({ outcome: 'declined', result: 'failure' });
  });

  it('fires after timers on a SimulatedClock; assign actions change journey vars; guards read them', () => {
    const { actor, clock } = start();
    clock.increment(3 * DAY - 1);
    expect(actor.getSnapshot().value).toEqual({ explore: 'visit' });
    clock.increment(1);
    expect(actor.getSnapshot().value).toEqual({ explore: 'visit' });
    expect(actor.getSnapshot().context.journey).toEqual({ reminders: 1 });
    clock.increment(3 * DAY);
    expect(actor.getSnapshot().context.journey).toEqual({ reminders: 2 });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ outcome: 'lost', result: 'abandoned' });
  });

  it('applies stage-level edges anywhere in the stage, and stage timers from the stage entry', () => {
    const quitter = start();
    quitter.actor.send({ type: 'QUIT' });
    expect(quitter.actor.getSnapshot().output).toEqual({ outcome: 'lost', result: 'abandoned' });

    const { actor, clock } = start();
    actor.send({ type: 'APPLY' });
    clock.increment(14 * DAY);
    expect(actor.getSnapshot().output).toEqual({ outcome: 'lost', result: 'abandoned' });
  });

  it('keeps a timer whose guard fails from firing, and lets later timers fire', () => {
    const { actor, clock } = start(onboardingJourney, { age: 20, segment: 'basic' });
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(2 * DAY); // nudge, back to waiting: its timers restart
    expect(actor.getSnapshot().context.journey).toEqual({ nudges: 1 });
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(2 * DAY); // the 2d timer again, but nudges < 1 no longer holds
    expect(actor.getSnapshot().value).toBe('waiting');
    clock.increment(3 * DAY - 1);
    expect(actor.getSnapshot().status).toBe('active');
    clock.increment(1);
    expect(actor.getSnapshot().output).toEqual({ outcome: 'dormant', result: 'churn' });
  });

  it('reads string attributes (segment) in guards', () => {
    expect(start(onboardingJourney, { age: 40, segment: 'vip' }).actor.getSnapshot().value).toEqual({ 'vip-call': 'queued' });
    expect(start(onboardingJourney, { age: 40, segment: 'basic' }).actor.getSnapshot().value).toBe('waiting');
  });

  it('re-enters a node on its loop to itself: the work starts over', () => {
    const { actor } = start(onboardingJourney, { age: 40, segment: 'vip' });
    actor.send({ type: 'work.start' });
    expect(actor.getSnapshot().value).toEqual({ 'vip-call': 'handling' });
    actor.send({ type: 'RETRY' });
    expect(actor.getSnapshot().value).toEqual({ 'vip-call': 'queued' });
  });

  it('carries the map in meta and tags of the active states', () => {
    const { actor } = start();
    const snapshot = actor.getSnapshot();
    expect(snapshot.getMeta()).toEqual({
      explore: { label: 'Explore', kind: 'stage', stage: 'explore' },
      visit: { label: 'Visit website', kind: 'touchpoint', stage: 'explore', lane: 'customer', laneKind: 'customer', emotion: 1, momentOfTruth: true, channel: 'web' },
    });
    expect(snapshot.hasTag('moment-of-truth')).toBe(true);
    expect(snapshot.hasTag('channel-web')).toBe(true);
  });

  it('runs no-op actions by default that hosts replace with machine.provide', () => {
    const message = vi.fn();
    const task = vi.fn();
    const incentive = vi.fn();
    const track = vi.fn();
    const machine = createJourneyMachine(onboardingJourney).provide({ actions: { message, task, incentive, track } });
    const clock = new SimulatedClock();
    const actor = createActor(machine, { input: { customer: { age: 40, segment: 'vip' } }, clock }).start();
    actor.send({ type: 'work.start' });
    actor.send({ type: 'work.done' });
    expect(incentive).toHaveBeenCalledTimes(1);
    expect(incentive.mock.calls[0]![1]).toEqual({ name: 'welcome-gift', cost: 20 });
    expect(actor.getSnapshot().output).toEqual({ outcome: 'activated', result: 'success', value: 50 });

    const other = createActor(machine, { input: { customer: { age: 20, segment: 'basic' } }, clock }).start();
    clock.increment(2 * DAY);
    expect(message).toHaveBeenCalledTimes(1);
    expect(message.mock.calls[0]![1]).toEqual({ channel: 'sms', template: 'nudge' });
    expect(other.getSnapshot().context.journey).toEqual({ nudges: 1 });
  });

  it('gives each actor its own copy of the vars', () => {
    const machine = createJourneyMachine(onboardingJourney);
    const clock = new SimulatedClock();
    const a = createActor(machine, { input: { customer: { age: 1, segment: 'x' } }, clock }).start();
    clock.increment(2 * DAY);
    const b = createActor(machine, { input: { customer: { age: 1, segment: 'x' } }, clock }).start();
    expect(a.getSnapshot().context.journey).toEqual({ nudges: 1 });
    expect(b.getSnapshot().context.journey).toEqual({ nudges: 0 });
  });

  it('refuses a journey whose guard does not check', () => {
    const bad = journeySchema.parse({ ...onboardingJourney, edges: [...onboardingJourney.edges.slice(0, 1).map((e) => ({ ...e, guard: 'customer.age +' })), ...onboardingJourney.edges.slice(1)] });
    expect(() => createJourneyMachine(bad)).toThrow(/invalid expression/);
  });
});
