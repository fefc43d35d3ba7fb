// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ProfileBars, scaleMax } from './ProfileBars';

afterEach(cleanup);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function setup(values: number[] = [1, 1, 1, 1, 1, 1, 1]) {
  const onSet = vi.fn<(index: number, value: number) => void>();
  const onFlat = vi.fn();
  render(<ProfileBars name="weekly" title="Weekly" labels={DAYS.map((d) => d.slice(0, 3))} names={DAYS} unit="day" values={values} onSet={onSet} onFlat={onFlat} flat={false} showValues />);
  const bar = (i: number) => screen.getByTestId(`weekly-bar-${i}`);
  const rect = (i: number) => vi.spyOn(bar(i), 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, bottom: 100, left: 0, right: 10, width: 10, height: 100, toJSON: () => ({}) } as DOMRect);
  return { onSet, onFlat, bar, rect };
}

describe('ProfileBars', () => {
  it('scales to the tallest bar, at least to 2', () => {
    expect(scaleMax([1, 1])).toBe(2);
    expect(scaleMax([0, 3])).toBe(4);
    expect(scaleMax([Number.NaN, -1])).toBe(2);
  });

  it('is a group of sliders with one tab stop and the value on each bar', () => {
    const { bar } = setup([1, 2, 1, 1, 1, 1, 0.5]);
    expect(screen.getAllByRole('slider')).toHaveLength(7);
    expect(bar(0).tabIndex).toBe(0);
    expect(bar(1).tabIndex).toBe(-1);
    expect(bar(1).getAttribute('aria-valuenow')).toBe('2');
    expect(bar(1).getAttribute('aria-valuetext')).toBe('2 (1.9× the average day)');
    expect(bar(6).textContent).toBe('0.5');
    expect(screen.getByTestId('weekly-readout').textContent).toMatch(/Drag a bar/);
  });

  it('keys: Home and End pick the first and last bar, PageUp adds 1, nothing below 0', () => {
    const { bar, onSet } = setup([1, 1, 1, 1, 1, 1, 0.05]);
    act(() => bar(0).focus());
    fireEvent.keyDown(bar(0), { key: 'End' });
    expect(document.activeElement).toBe(bar(6));
    fireEvent.keyDown(bar(6), { key: 'ArrowDown' });
    expect(onSet).toHaveBeenLastCalledWith(6, 0);
    fireEvent.keyDown(bar(6), { key: 'Home' });
    expect(document.activeElement).toBe(bar(0));
    fireEvent.keyDown(bar(0), { key: 'PageUp' });
    expect(onSet).toHaveBeenLastCalledWith(0, 2);
    expect(onSet).toHaveBeenCalledTimes(2);
  });

  it('shows the value while dragging and commits once, on release; a cancelled drag commits nothing', () => {
    const { bar, rect, onSet } = setup();
    rect(3);
    fireEvent.pointerDown(bar(3), { clientY: 40, button: 0, pointerId: 1 });
    expect(bar(3).dataset.value).toBe('1.2');
    expect(screen.getByTestId('weekly-readout').textContent).toBe('Thursday: 1.2 (1.2× the average day)');
    fireEvent.pointerMove(bar(3), { clientY: 0, pointerId: 1 });
    expect(bar(3).dataset.value).toBe('2');
    fireEvent.pointerCancel(bar(3), { pointerId: 1 });
    expect(bar(3).dataset.value).toBe('1');
    expect(onSet).not.toHaveBeenCalled();
    fireEvent.pointerDown(bar(3), { clientY: 75, button: 0, pointerId: 2 });
    fireEvent.pointerUp(bar(3), { clientY: 75, pointerId: 2 });
    expect(onSet).toHaveBeenCalledTimes(1);
    expect(onSet).toHaveBeenCalledWith(3, 0.5);
    // a right click does not drag
    fireEvent.pointerDown(bar(3), { clientY: 10, button: 2, pointerId: 3 });
    fireEvent.pointerUp(bar(3), { clientY: 10, pointerId: 3 });
    expect(onSet).toHaveBeenCalledTimes(1);
  });

  it('resets to flat', () => {
    const { onFlat } = setup([2, 1, 1, 1, 1, 1, 1]);
    fireEvent.click(screen.getByTestId('weekly-flat'));
    expect(onFlat).toHaveBeenCalledTimes(1);
  });
});
