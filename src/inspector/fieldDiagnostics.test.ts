import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { elementDiagnostics, inPlainWords, mergeDiagnostics } from './fieldDiagnostics';

const d = (path: (string | number)[], message = 'm'): Diagnostic => ({ code: 'J003', severity: 'error', message, path });

describe('elementDiagnostics', () => {
  const diags = [d(['nodes', 2, 'label']), d(['nodes', 2, 'incentive', 'cost']), d(['nodes', 2, 'questions', 3]), d(['nodes', 2]), d(['nodes', 2, 'mystery']), d(['nodes', 1, 'label']), d(['edges', 0, 'guard'])];
  const e = elementDiagnostics(diags, ['nodes', 2]);

  it('finds the diagnostics of a field, of its items, or exactly at a container', () => {
    expect(e.at('label')).toEqual([diags[0]]);
    expect(e.at('incentive.cost')).toEqual([diags[1]]);
    expect(e.at('incentive', true)).toBeUndefined();
    expect(e.at('questions')).toEqual([diags[2]]);
    expect(e.at('channel')).toBeUndefined();
    expect(e.all).toHaveLength(5);
  });

  it('keeps the rest for the top of the form', () => {
    expect(e.rest(['label', 'incentive', 'questions'])).toEqual([diags[3], diags[4]]);
  });

  it('merges diagnostics from two sources without duplicates', () => {
    expect(mergeDiagnostics([d(['a'])], [d(['a']), d(['b'])])).toHaveLength(2);
  });
});

describe('inPlainWords', () => {
  const j105: Diagnostic = { code: 'J105', severity: 'warning', message: 'event CHAT of edge \'chat\' has no "sim": the simulator never emits it; add "sim": {"p": 0.3, "delay": "1d"}', path: ['edges', 0], edgeId: 'chat' };
  const doc = (label: string) => ({ nodes: [{ id: 'visit', kind: 'touchpoint', label }, { id: 'gone', kind: 'outcome', label: 'Gone' }], edges: [{ id: 'chat', from: 'visit', to: 'gone', event: 'CHAT' }] });

  it('says it in the inspector\'s words, keeping the JSON-level message aside', () => {
    const [x] = inPlainWords([j105], doc('Visit'));
    expect(x!.message).toMatch(/^Customers at ‘Visit’ never send CHAT.*under Simulation › Probability p and Delay\.$/);
    expect(x!.message).not.toMatch(/[{}"]/);
    expect(x!.jsonMessage).toBe(j105.message);
    expect(x!.code).toBe('J105');
  });

  it('names the node by its label in the document given, so a rename needs no new lint', () => {
    expect(inPlainWords([j105], doc('Call back'))[0]!.message).toMatch(/^Customers at ‘Call back’ never send CHAT/);
  });
});
