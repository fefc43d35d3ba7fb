// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { JourneyNode } from '../../runtime/model/journey';
import { viewOf } from '../views';

afterEach(cleanup);

const node = { id: 'nudge-test', kind: 'split', label: 'Which reminder?', goal: 'success', variants: [{ id: 'a', weight: 45 }, { id: 'b', weight: 45 }, { id: 'none', weight: 10, holdout: true }] } as unknown as JourneyNode;

describe('the split view', () => {
  it('is found from its folder, draws rule edges, and shows each variant with its share of the customers', () => {
    const { View, connect } = viewOf(node);
    expect(connect).toBe('always');
    render(<View node={node} />);
    const card = screen.getByTestId('node-nudge-test');
    const chips = [...card.querySelectorAll('[data-variant]')].map((c) => c.textContent);
    expect(chips).toEqual(['a 45%', 'b 45%', 'none ∅ 10%']);
    expect(card.textContent).toContain('Experiment');
  });

  it('after a run, shows the goal share of each variant from the overlay', () => {
    const { View } = viewOf(node);
    render(<View node={node} overlay={{ variants: { a: { customers: 80, goalShare: 0.375 }, b: { customers: 87, goalShare: 0.5517 }, none: { customers: 25, goalShare: 0.08 } } }} />);
    const chips = [...screen.getByTestId('node-nudge-test').querySelectorAll('[data-variant]')];
    expect(chips.map((c) => c.textContent)).toEqual(['a 45% → 37.5%', 'b 45% → 55.2%', 'none ∅ 10% → 8%']);
    expect(chips[2]!.parentElement!.getAttribute('title')).toContain('25 customers in the run, 8% reached success');
  });
});
