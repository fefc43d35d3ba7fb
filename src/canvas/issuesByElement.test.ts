import { describe, expect, it } from 'vitest';
import { validateText } from '../../runtime/lint/validateText';
import type { Journey } from '../../runtime/model/journey';
import { minimalJourney } from '../../runtime/testing/minimalJourney';
import { issuesByElement } from './issuesByElement';

function silentChat() {
  const d = minimalJourney();
  d.edges.push({ id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' });
  d.nodes[0]!.momentOfTruth = true;
  const v = validateText(JSON.stringify(d));
  return { journey: v.journey as Journey, diagnostics: v.diagnostics };
}

describe('issuesByElement', () => {
  it('badges in plain words, naming nodes by their labels, errors first', () => {
    const { journey, diagnostics } = silentChat();
    const { nodes, edges } = issuesByElement(diagnostics, journey);
    expect(edges.get('chat')!.messages).toEqual(['J105 Customers at ‘Visit’ never send CHAT, so the simulation never takes the edge from ‘Visit’ to ‘Gone’: set how likely they are to do it, and when, under Simulation › Probability p and Delay.']);
    expect(nodes.get('visit')!.messages[0]).toMatch(/^J101 ‘Visit’ is a moment of truth with no survey/);
    expect(edges.get('chat')!.messages.join()).not.toMatch(/"sim"|\{/);
  });

  it('a rename of the label shows at once, without linting again, and changes the key', () => {
    const { journey, diagnostics } = silentChat();
    const before = issuesByElement(diagnostics, journey);
    const renamed = { ...journey, nodes: journey.nodes.map((n) => (n.id === 'visit' ? { ...n, label: 'Call back' } : n)) };
    const after = issuesByElement(diagnostics, renamed);
    expect(after.edges.get('chat')!.messages[0]).toMatch(/^J105 Customers at ‘Call back’ never send CHAT/);
    expect(after.nodes.get('visit')!.messages[0]).toMatch(/^J101 ‘Call back’ is a moment of truth/);
    expect(after.nodes.get('visit')!.key).not.toBe(before.nodes.get('visit')!.key);
  });
});
