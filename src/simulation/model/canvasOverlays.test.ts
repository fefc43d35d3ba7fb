import { describe, expect, it } from 'vitest';
import { traceCustomer } from '../../../runtime/sim';
import { compareOverlay, replayOverlay } from './canvasOverlays';
import { createReplay } from './replay';
import { sample } from './testRuns';

const { journey, cohort } = sample('mortgage-preapproval');

describe('canvas overlays', () => {
  it('paints the replayed customer', () => {
    const replay = createReplay(traceCustomer(journey, cohort, 7, 1, { customers: 10 }), journey);
    const o = replayOverlay(replay, 4);
    expect(o.nodes).toEqual({
      'life-event-signal': { tone: 'visited' },
      'route-outreach': { tone: 'visited' },
      'first-home-invite': { tone: 'current', badge: '0ms', title: replay.at(4).description },
    });
    expect(Object.keys(o.edges)).toEqual(['life-event-signal-to-route-outreach', 'route-outreach-to-first-home-invite']);
    expect(o.legend).toMatch(/^Customer 1 \(\S+\) · step 5 of \d+ · 0ms$/);
  });

  it('paints the changes of a comparison', () => {
    const o = compareOverlay({
      nodes: { changed: new Set(['a']), added: new Set(['b']), removed: new Set() },
      edges: { changed: new Set(), added: new Set(['e1']), removed: new Set(['e2']) },
      fields: ['teams'],
    });
    expect(o.nodes).toEqual({ a: { tone: 'changed', badge: 'changed' }, b: { tone: 'added', badge: 'added' } });
    expect(o.edges).toEqual({ e1: { tone: 'added' }, e2: { tone: 'removed' } });
    expect(o.legend).toBe('Compare · 1 changed · 2 added · 1 removed · also teams');
  });
});
