import { describe, expect, it } from 'vitest';
import { createPlayer } from '../model/playCustomer';
import { sample } from '../model/testRuns';
import { playOverlay } from './playOverlay';
import { stateValueText } from './stateValueText';

const { journey } = sample('mortgage-preapproval');
const customer = { segment: 'first-time', income: 85000, creditScore: 760, digital: true, employment: 'salaried' };

describe('playOverlay', () => {
  it('marks the path so far and the current node, with the clock', () => {
    const player = createPlayer(journey);
    const start = player.start(customer);
    const timer = player.available(start).find((c) => c.kind === 'timer')!;
    const next = player.send(start, timer.event);
    const overlay = playOverlay(journey, [start, next], 'First-time buyers');
    expect(overlay.source).toBe('replay');
    expect(overlay.nodes[journey.start]).toEqual({ tone: 'visited' });
    expect(overlay.nodes[next.nodeId]).toMatchObject({ tone: 'current', badge: '6d' });
    for (const id of next.path.edges) expect(overlay.edges[id]).toMatchObject({ tone: 'current' });
    expect(overlay.legend).toBe(`Playing a First-time buyers customer · 6d · at ${journey.nodes.find((n) => n.id === next.nodeId)!.label}`);
  });

  it('says the outcome once the machine is done', () => {
    const player = createPlayer(journey);
    let state = player.start({ ...customer, creditScore: 500 });
    const history = [state];
    for (const event of ['START_APPLICATION', 'SUBMIT_APPLICATION', 'DOCS_UPLOADED', 'work.start', 'work.done']) {
      state = player.send(state, event);
      history.push(state);
    }
    expect(state.done).toBe(true);
    const overlay = playOverlay(journey, history, 'First-time buyers');
    expect(overlay.nodes[state.nodeId]).toMatchObject({ tone: 'current', badge: 'done' });
    expect(overlay.legend).toMatch(/reached .* \(failure\)$/);
  });
});

describe('stateValueText', () => {
  it('reads a state value as a path', () => {
    expect(stateValueText('done')).toBe('done');
    expect(stateValueText({ apply: { 'advisor-call': 'queued' } })).toBe('apply › advisor-call › queued');
    expect(stateValueText({ a: 'x', b: 'y' })).toBe('{ a › x, b › y }');
  });
});
