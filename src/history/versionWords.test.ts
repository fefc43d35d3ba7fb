import { describe, expect, it } from 'vitest';
import { namesIn, versionWords } from './versionWords';

const now = { nodes: [{ id: 'visit', label: 'Call back' }, { id: 'applied', label: 'Applied' }, { id: 'label', label: 'A node called label' }], edges: [{ id: 'apply', from: 'visit', to: 'applied' }] };
const then = { nodes: [{ id: 'visit', label: 'Visit' }, { id: 'old', label: 'Old step' }], edges: [] };

describe('versionWords', () => {
  const nameOf = namesIn(() => now, () => then);

  it('names nodes and edges by their current labels, not by ids', () => {
    expect(versionWords('Set label of visit', nameOf)).toBe('Set label of ‘Call back’');
    expect(versionWords('Set event of apply (+2 more)', nameOf)).toBe('Set event of the edge ‘Call back’ → ‘Applied’ (+2 more)');
    expect(versionWords('Start journey at visit', nameOf)).toBe('Start journey at ‘Call back’');
    expect(versionWords('Connect visit → applied', nameOf)).toBe('Connect ‘Call back’ → ‘Applied’');
    expect(versionWords('Move visit to Explore / Customer actions', nameOf)).toBe('Move ‘Call back’ to Explore / Customer actions');
    expect(versionWords('Add touchpoint visit', nameOf)).toBe('Add touchpoint ‘Call back’');
    expect(versionWords('Rename call to visit', nameOf)).toBe('Rename the id of ‘Call back’: call → visit');
  });

  it('falls back to the version\'s own label for a node deleted since', () => {
    expect(versionWords('Set cost of old', nameOf)).toBe('Set cost of ‘Old step’');
  });

  it('leaves field names, team ids and unknown ids alone', () => {
    expect(versionWords('Set staff of team visit', nameOf)).toBe('Set staff of team visit');
    expect(versionWords('Set label of nobody', nameOf)).toBe('Set label of nobody');
    expect(versionWords('Set label of label', nameOf)).toBe('Set label of ‘A node called label’');
    expect(versionWords('Auto-layout', nameOf)).toBe('Auto-layout');
  });

  it('reads the version only when the current document does not know an id, and survives broken text', () => {
    let parsed = 0;
    const names = namesIn(() => now, () => {
      parsed++;
      return JSON.parse('{ broken') as never;
    });
    expect(versionWords('Set label of visit', names)).toBe('Set label of ‘Call back’');
    expect(parsed).toBe(0);
    expect(versionWords('Set label of old', names)).toBe('Set label of old');
    expect(parsed).toBe(1);
  });
});
