import { describe, expect, it } from 'vitest';
import { mortgageJourney, onboardingJourney } from '../../../runtime/compile/testJourneys';
import { traceCustomer } from '../../../runtime/sim';
import { journeySchema } from '../../../runtime/model/journey';
import { createPlayer, type PlayChoice, type PlayState, type Player } from './playCustomer';
import { sample } from './testRuns';

const DAY = 86_400_000;
const brief = (c: PlayChoice) => [c.kind, c.edgeId ?? c.event, c.enabled, c.taken];

describe('createPlayer on a small journey', () => {
  const player = createPlayer(mortgageJourney);

  it('starts at the start with the events and timers of the node and its stage', () => {
    const s = player.start({ segment: 'a', income: 60_000, digital: true });
    expect(s).toMatchObject({ nodeId: 'visit', workStep: null, done: false, output: null, timeMs: 0, accepted: true, vars: { reminders: 0 } });
    expect(s.path).toEqual({ nodes: ['visit'], edges: [] });
    const choices = player.available(s);
    expect(choices.map(brief)).toEqual([
      ['event', 'e-apply', true, true],
      ['timer', 'e-wait', true, true],
      ['event', 'e-quit', true, true],
    ]);
    expect(choices[0]).toMatchObject({ event: 'APPLY', from: 'visit', to: 'apply-form', label: 'APPLY → Application form' });
    expect(choices[1]).toMatchObject({ event: 'xstate.after.259200000.visit', delayMs: 3 * DAY, dueMs: 3 * DAY, label: '⏱ 3d → Send reminder' });
    expect(choices[2]).toMatchObject({ event: 'QUIT', from: 'explore', to: 'lost' });
  });

  it('clicks through rules to an outcome, with the path taken and the output', () => {
    let s = player.start({ segment: 'a', income: 60_000, digital: true });
    s = player.send(s, 'APPLY', { atMs: 3_600_000 });
    expect(s).toMatchObject({ nodeId: 'apply-form', timeMs: 3_600_000, path: { nodes: ['apply-form'], edges: ['e-apply'] } });
    expect(s.enteredAt['apply']).toBe(3_600_000);
    s = player.send(s, 'SUBMIT');
    expect(s.path).toEqual({ nodes: ['check', 'approved'], edges: ['e-submit', 'e-fast'] });
    expect(s).toMatchObject({ nodeId: 'approved', done: true, output: { outcome: 'approved', result: 'success', value: 1000 } });
    expect(player.available(s)).toEqual([]);
  });

  it('plays the staff steps of a node with work, and stage timers due from the stage entry', () => {
    let s = player.start({ segment: 'a', income: 60_000, digital: false });
    s = player.send(s, 'APPLY', { atMs: DAY });
    s = player.send(s, 'SUBMIT', { atMs: DAY + 1_000 });
    expect(s).toMatchObject({ nodeId: 'review', workStep: 'queued', path: { nodes: ['check', 'review'], edges: ['e-submit', 'e-manual'] } });
    const choices = player.available(s);
    expect(choices.map(brief)).toEqual([
      ['work', 'work.start', true, true],
      ['timer', 'e-slow', true, true],
      ['timer', 'e-stale', true, true],
    ]);
    expect(choices[0]!.label).toBe('Staff (Advisors) take it');
    expect(choices[1]!.dueMs).toBe(DAY + 1_000 + 2 * DAY);
    expect(choices[2]!.dueMs).toBe(DAY + 14 * DAY); // the stage was entered with the form
    s = player.send(s, 'work.start');
    expect(s.workStep).toBe('handling');
    expect(player.available(s).map((c) => c.label)[0]).toBe('Staff are done');
    s = player.send(s, 'work.done');
    expect(s).toMatchObject({ nodeId: 'approved', done: true, path: { nodes: ['approved'], edges: ['e-reviewed'] } });
  });

  it('fires timers: the clock moves to when they were due, loops re-enter and vars change', () => {
    let s = player.start({ segment: 'a', income: 10_000, digital: false });
    const wait = player.available(s).find((c) => c.kind === 'timer')!;
    s = player.send(s, wait.event);
    expect(s).toMatchObject({ nodeId: 'visit', timeMs: 3 * DAY, vars: { reminders: 1 }, path: { nodes: ['remind', 'visit'], edges: ['e-wait', 'e-again'] } });
    expect(s.enteredAt['visit']).toBe(3 * DAY);
    expect(s.enteredAt['explore']).toBe(0); // moving inside the stage does not restart its timers
    s = player.send(s, wait.event);
    expect(s).toMatchObject({ nodeId: 'lost', timeMs: 6 * DAY, done: true, output: { outcome: 'lost', result: 'abandoned' }, path: { nodes: ['remind', 'lost'], edges: ['e-wait', 'e-give-up'] } });
  });

  it('ignores events nothing accepts', () => {
    const s = player.start({ segment: 'a', income: 1, digital: false });
    const t = player.send(s, 'NOPE');
    expect(t.accepted).toBe(false);
    expect(t.snapshot).toBe(s.snapshot);
    expect(t.nodeId).toBe('visit');
  });
});

describe('guards in the choices', () => {
  it('shows a timer whose guard fails as disabled, and which edge an event would take', () => {
    const player = createPlayer(onboardingJourney);
    let s = player.start({ segment: 'regular', age: 25 });
    expect(s.nodeId).toBe('waiting');
    expect(player.available(s).map(brief)).toEqual([
      ['event', 'activate', true, true],
      ['timer', 'remind', true, true],
      ['timer', 'expire', true, true],
    ]);
    s = player.send(s, player.available(s)[1]!.event); // nudge, back to waiting
    expect(s.vars).toEqual({ nudges: 1 });
    expect(player.available(s).map(brief)).toEqual([
      ['event', 'activate', true, true],
      ['timer', 'remind', false, false],
      ['timer', 'expire', true, true],
    ]);
    expect(player.available(s)[1]!.guard).toBe('journey.nudges < 1');
    // a VIP goes to the concierge call: the self-loop RETRY re-enters it
    let v = player.start({ segment: 'vip', age: 40 });
    expect(v).toMatchObject({ nodeId: 'vip-call', workStep: 'queued' });
    v = player.send(v, 'RETRY', { atMs: 5_000 });
    expect(v.path).toEqual({ nodes: ['vip-call'], edges: ['again'] });
    expect(v.enteredAt['vip-call']).toBe(5_000);
  });
});

describe('an expression over the limits of CEL', () => {
  it('disables the choice whose guard goes over them, and sending its event is not accepted (no hang, no growth)', () => {
    const doubling = `cel.bind(v0, [${Array.from({ length: 100 }, (_, i) => i).join(', ')}], ${Array.from({ length: 13 }, (_, i) => `cel.bind(v${i + 1}, v${i} + v${i}, `).join('')}v13${')'.repeat(14)}.size() > 0`;
    const journey = journeySchema.parse({
      format: 'journey/1', id: 'costly', name: 'Costly', start: 'visit',
      nodes: [{ id: 'visit', kind: 'touchpoint', label: 'Visit', channel: 'web' }, { id: 'end', kind: 'outcome', label: 'End', result: 'success' }],
      edges: [{ id: 'buy', from: 'visit', to: 'end', event: 'BUY', guard: doubling }],
    });
    const player = createPlayer(journey);
    const s = player.start({ segment: 'a' });
    expect(player.available(s).map(brief)).toEqual([['event', 'buy', false, false]]);
    expect(player.send(s, 'BUY').accepted).toBe(false);
  });
});

/** Plays until an outcome, taking the first choice of the preferred kinds that would be taken. */
function playThrough(player: Player, s: PlayState, prefer: PlayChoice['kind'][]): PlayState {
  for (let i = 0; i < 200 && !s.done; i++) {
    const choices = player.available(s).filter((c) => c.taken);
    const next = prefer.map((k) => choices.find((c) => c.kind === k)).find((c) => c !== undefined);
    if (!next) throw new Error(`stuck at ${s.nodeId}`);
    s = player.send(s, next.event);
    expect(s.accepted).toBe(true);
  }
  return s;
}

describe('createPlayer on the mortgage sample', () => {
  const { journey, cohort } = sample('mortgage-preapproval');
  const player = createPlayer(journey);

  it('clicks a traced customer through to the mortgage', () => {
    const customer = traceCustomer(journey, cohort, 7, 0).customer.attributes;
    const start = player.start(customer);
    expect(start.path.edges[0]).toBe('life-event-signal-to-route-outreach');
    const end = playThrough(player, start, ['event', 'work', 'timer']);
    expect(end.done).toBe(true);
    expect(end.output?.result).toBeDefined();
    expect(journey.nodes.find((n) => n.id === end.output!.outcome)!.kind).toBe('outcome');
  });

  it('reaches an outcome on timers alone, the reminder cap ending the loop', () => {
    const start = player.start({ segment: 'movers', income: 80_000, creditScore: 700, digital: true, employment: 'salaried' });
    expect(start.nodeId).toBe('preapproval-invite');
    const end = playThrough(player, start, ['timer']);
    expect(end.output).toEqual({ outcome: 'lost-interest', result: 'abandoned' });
    expect(end.vars['reminders']).toBe(3);
    expect(end.timeMs).toBe(6 * DAY + 7 * DAY + 7 * DAY);
  });

  it('routes by guards evaluated on the customer', () => {
    expect(player.start({ segment: 'first-time', income: 50_000, creditScore: 700, digital: true, employment: 'salaried' }).nodeId).toBe('first-home-invite');
    expect(player.start({ segment: 'movers', income: 50_000, creditScore: 550, digital: true, employment: 'salaried' }).nodeId).toBe('nurture-content');
  });
});
