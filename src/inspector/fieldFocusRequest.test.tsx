// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { Journey } from '../../runtime/model/journey';
import { mini } from '../canvas/testJourneys';
import { Inspector } from './Inspector';
import { pendingFieldFocus, requestFieldFocus } from './fieldFocusRequest';

afterEach(cleanup);

const show = (journey: Journey, edges: string[]) => <Inspector journey={journey} selection={{ nodes: [], edges }} diagnostics={[]} onEdit={vi.fn()} />;
const focusedName = () => document.activeElement?.getAttribute('name');

describe('a request to focus a field of an edge’s form', () => {
  it('waits for the inspector to show the edge, however late, then focuses the field with its text selected', () => {
    const journey = mini();
    const { rerender } = render(show(journey, []));
    requestFieldFocus('apply', 'event');
    expect(focusedName()).not.toBe('event');
    expect(pendingFieldFocus()?.element).toBe('apply');
    rerender(show(journey, ['apply']));
    expect(focusedName()).toBe('event');
    const input = document.activeElement as HTMLInputElement;
    expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).toBe('APPLY');
    expect(pendingFieldFocus()).toBeUndefined();
  });

  it('focuses the field at once when the form already shows the edge (the double-click’s first click selected it)', () => {
    const journey = mini();
    render(show(journey, ['apply']));
    expect(focusedName()).not.toBe('event');
    act(() => requestFieldFocus('apply', 'event'));
    expect(focusedName()).toBe('event');
    expect(screen.getByTestId('inspector').contains(document.activeElement)).toBe(true);
  });

  it('leaves a request for another element pending, and drops one that waited too long', () => {
    const journey = mini();
    const { rerender } = render(show(journey, ['apply']));
    act(() => requestFieldFocus('elsewhere', 'event'));
    expect(focusedName()).not.toBe('event');
    expect(pendingFieldFocus()?.element).toBe('elsewhere');
    act(() => requestFieldFocus('apply', 'event', performance.now() - 60_000));
    rerender(show(journey, ['apply']));
    expect(focusedName()).not.toBe('event');
    expect(pendingFieldFocus()).toBeUndefined();
  });
});
