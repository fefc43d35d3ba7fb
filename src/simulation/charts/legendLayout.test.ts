import { describe, expect, it } from 'vitest';
import { legendLayout } from './legendLayout';

const MORTGAGE_OUTCOMES = [
  'Not ready yet (nurtured)',
  'Lost interest',
  'Application left incomplete',
  'Declined, with credit coaching',
  'Pre-approved',
  'Went to another lender',
  'Withdrawn',
  'No outcome (stalled, gave up in a queue, still inside)',
];

describe('legendLayout', () => {
  it('keeps a short legend on one row', () => {
    expect(legendLayout(['Mean wait', 'p90 wait'], 400)).toEqual({ kind: 'legend', rows: 1 });
  });

  it('wraps a legend onto a second row when the first is full', () => {
    expect(legendLayout(['All customers', 'First-time buyers', 'Home movers', 'Buy-to-let investors'], 420)).toEqual({ kind: 'legend', rows: 2 });
    expect(legendLayout(['All customers', 'First-time buyers', 'Home movers', 'Buy-to-let investors'], 900)).toEqual({ kind: 'legend', rows: 1 });
  });

  it('shows many outcomes as a list in a card-sized chart, never a paging legend', () => {
    expect(legendLayout(MORTGAGE_OUTCOMES, 700)).toEqual({ kind: 'list' });
    expect(legendLayout(MORTGAGE_OUTCOMES, 400)).toEqual({ kind: 'list' });
  });

  it('wraps the same outcomes on two rows when the chart is wide enough', () => {
    expect(legendLayout(MORTGAGE_OUTCOMES, 1400)).toEqual({ kind: 'legend', rows: 2 });
  });

  it('shows a list when one item alone is wider than the chart', () => {
    expect(legendLayout(['No outcome (stalled, gave up in a queue, still inside)'], 300)).toEqual({ kind: 'list' });
  });

  it('has nothing to lay out without items', () => {
    expect(legendLayout([], 300)).toEqual({ kind: 'legend', rows: 0 });
  });
});
