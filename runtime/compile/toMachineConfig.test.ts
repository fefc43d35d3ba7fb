import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { toMachineConfig } from './toMachineConfig';
import { mortgageJourney, onboardingJourney } from './testJourneys';

describe('toMachineConfig', () => {
  const config = toMachineConfig(mortgageJourney);

  it('is plain data: JSON keeps it whole', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('has the journey id, the initial vars, and stages as compound states holding their nodes', () => {
    expect(config.id).toBe('mortgage-mini');
    expect(config.context).toEqual({ customer: {}, journey: { reminders: 0 } });
    expect(config.initial).toBe('explore');
    expect(Object.keys(config.states)).toEqual(['explore', 'apply', 'approved', 'declined', 'lost']);
    expect(config.states.explore!.id).toBe('explore');
    expect(config.states.explore!.initial).toBe('visit');
    expect(Object.keys(config.states.explore!.states!)).toEqual(['visit', 'remind']);
    expect(Object.keys(config.states.apply!.states!)).toEqual(['apply-form', 'check', 'review']);
    expect(config.states.apply!.meta).toEqual({ label: 'Apply', kind: 'stage', stage: 'apply' });
  });

  it('makes every outcome a top-level final state with its output, keeping its stage in meta', () => {
    expect(config.states.approved).toMatchObject({ id: 'approved', type: 'final', output: { outcome: 'approved', result: 'success', value: 1000 }, meta: { stage: 'close', kind: 'outcome' } });
    expect(config.states.declined!.output).toEqual({ outcome: 'declined', result: 'failure' });
    expect(config.states.lost!.tags).toEqual(['outcome', 'customer', 'result-abandoned']);
    expect(config.states.close).toBeUndefined();
  });

  it('turns event, after and always edges into on, after (ms) and always, in document order, targeting state ids', () => {
    const visit = config.states.explore!.states!.visit!;
    expect(visit.on).toEqual({ APPLY: [{ target: '#apply-form', actions: [{ type: 'track', params: { name: 'apply_clicked' } }], meta: { edge: 'e-apply' } }] });
    expect(visit.after).toEqual({ '259200000': [{ target: '#remind', meta: { edge: 'e-wait' } }] });
    const check = config.states.apply!.states!.check!;
    expect(check.always!.map((t) => [t.target, t.guard?.type === 'cel' ? t.guard.params.expr : undefined])).toEqual([
      ['#approved', 'customer.income >= 50000 && customer.digital'],
      ['#review', 'customer.income >= 50000'],
      ['#declined', undefined],
    ]);
    expect(check.always![0]!.guard).toEqual({ type: 'cel', params: { expr: 'customer.income >= 50000 && customer.digital' } });
  });

  it('makes stage-level edges transitions of the stage', () => {
    expect(config.states.explore!.on).toEqual({ QUIT: [{ target: '#lost', meta: { edge: 'e-quit' } }] });
    expect(config.states.apply!.after).toEqual({ [String(14 * 86_400_000)]: [{ target: '#lost', meta: { edge: 'e-stale' } }] });
  });

  it('compiles node actions to entry actions with params', () => {
    expect(config.states.explore!.states!.remind!.entry).toEqual([
      { type: 'assign', params: { var: 'reminders', expr: 'journey.reminders + 1' } },
      { type: 'message', params: { channel: 'email', template: 'reminder' } },
    ]);
  });

  it('compiles a node with work to queued → handling → handled, rules in handled, timers on the node', () => {
    const review = config.states.apply!.states!.review!;
    expect(review.initial).toBe('queued');
    expect(review.states!.queued!.on).toEqual({ 'work.start': [{ target: 'handling', meta: { edge: 'work.start' } }] });
    expect(review.states!.handling!.on).toEqual({ 'work.done': [{ target: 'handled', meta: { edge: 'work.done' } }] });
    expect(review.states!.handled!.always).toEqual([{ target: '#approved', meta: { edge: 'e-reviewed' } }]);
    expect(review.always).toBeUndefined();
    expect(review.after).toEqual({ '172800000': [{ target: '#declined', meta: { edge: 'e-slow' } }] });
  });

  it('puts the map on every state: meta and tags', () => {
    const visit = config.states.explore!.states!.visit!;
    expect(visit.meta).toEqual({ label: 'Visit website', kind: 'touchpoint', stage: 'explore', lane: 'customer', laneKind: 'customer', emotion: 1, momentOfTruth: true, channel: 'web' });
    expect(visit.tags).toEqual(['touchpoint', 'customer', 'moment-of-truth', 'channel-web']);
    expect(config.states.apply!.states!.review!.meta).toMatchObject({ team: 'advisors', laneKind: 'frontstage' });
  });

  it('keeps unstaged nodes top-level, uses declared lanes, marks a loop to itself as re-entering', () => {
    const c = toMachineConfig(onboardingJourney);
    expect(c.initial).toBe('signup');
    expect(Object.keys(c.states)).toEqual(['signup', 'waiting', 'nudge', 'vip-call', 'activated', 'dormant']);
    expect(c.states.nudge!.meta).toMatchObject({ lane: 'crm', laneKind: 'backstage' });
    expect(c.states.waiting!.meta!.emotion).toBe('journey.nudges > 0 ? -1 : 0');
    expect(c.states['vip-call']!.on!.RETRY).toEqual([{ target: '#vip-call', reenter: true, meta: { edge: 'again' } }]);
    expect(c.states['vip-call']!.tags).toEqual(['touchpoint', 'customer', 'moment-of-truth', 'channel-phone']);
  });

  it('is accepted by xstate as a config', () => {
    expect(() => createMachine(toMachineConfig(mortgageJourney) as never)).not.toThrow();
    expect(() => createMachine(toMachineConfig(onboardingJourney) as never)).not.toThrow();
  });
});
