import { describe, expect, it } from 'vitest';
import { eventNameFor, triggerField, triggerLabel } from './triggerLabel';

describe('triggerLabel', () => {
  it('reads events, timers and rules', () => {
    expect(triggerLabel({ id: 'a', from: 'x', to: 'y', event: 'APPLY' })).toMatchObject({ type: 'event', text: 'APPLY' });
    expect(triggerLabel({ id: 'a', from: 'x', to: 'y', after: '3d' })).toMatchObject({ type: 'after', text: '⏱ 3d' });
    const rule = triggerLabel({ id: 'a', from: 'x', to: 'y', always: true, guard: 'customer.income > 1.0', label: 'rich' });
    expect(rule).toMatchObject({ type: 'always', text: 'rule' });
    expect(rule.title).toContain('if customer.income > 1.0');
    expect(rule.title).toContain('rich');
  });
  it('flags missing and double triggers', () => {
    expect(triggerLabel({ id: 'a', from: 'x', to: 'y' }).type).toBe('none');
    expect(triggerLabel({ id: 'a', from: 'x', to: 'y', event: 'A', after: '1d' }).type).toBe('many');
  });
});

describe('eventNameFor', () => {
  it('makes UPPER_SNAKE names from labels', () => {
    expect(eventNameFor('Book an advisor!')).toBe('BOOK_AN_ADVISOR');
    expect(eventNameFor('Apply')).toBe('APPLY');
    expect(eventNameFor('Café crème')).toBe('CAFE_CREME');
    expect(eventNameFor('???')).toBe('EVENT');
  });
});

describe('triggerField', () => {
  it('is the inspector field where the trigger is edited: the Event for an event edge', () => {
    expect(triggerField({ id: 'a', from: 'x', to: 'y', event: 'APPLY' })).toBe('event');
    expect(triggerField({ id: 'a', from: 'x', to: 'y', after: '3d' })).toBe('after');
    expect(triggerField({ id: 'a', from: 'x', to: 'y', always: true })).toBe('trigger');
    expect(triggerField({ id: 'a', from: 'x', to: 'y', event: 'A', after: '1d' })).toBe('trigger');
  });
});
