import { describe, expect, it } from 'vitest';
import { emptyGrid, gridOfSchedule } from '../../../runtime/model/calendar/scheduleGrid';
import { keptStaff, moveCell, paintRect, sameGrid, slotHour, slotTimes } from './weekGridModel';

describe('the week grid model', () => {
  it('paints the rectangle between two corners, whichever way the drag went', () => {
    const g = paintRect(emptyGrid(24), { day: 4, slot: 17 }, { day: 0, slot: 9 }, 3);
    expect(g[0]![9]).toBe(3);
    expect(g[4]![17]).toBe(3);
    expect(g[5]![9]).toBe(0);
    expect(g[2]![8]).toBe(0);
    expect(g.flat().filter((x) => x === 3)).toHaveLength(5 * 9);
    expect(sameGrid(g, paintRect(g, { day: 1, slot: 10 }, { day: 1, slot: 10 }, 3))).toBe(true);
  });

  it('moves the focus with arrows, Home and End, stopping at the edges', () => {
    expect(moveCell({ day: 0, slot: 0 }, 'ArrowLeft', 24)).toEqual({ day: 0, slot: 0 });
    expect(moveCell({ day: 0, slot: 0 }, 'ArrowUp', 24)).toEqual({ day: 0, slot: 0 });
    expect(moveCell({ day: 6, slot: 23 }, 'ArrowDown', 24)).toEqual({ day: 6, slot: 23 });
    expect(moveCell({ day: 2, slot: 5 }, 'End', 48)).toEqual({ day: 2, slot: 47 });
    expect(moveCell({ day: 2, slot: 5 }, 'Home', 48)).toEqual({ day: 2, slot: 0 });
    expect(moveCell({ day: 2, slot: 5 }, 'x', 24)).toBeUndefined();
  });

  it('names slots by their times and their hour', () => {
    expect(slotTimes(9, 24)).toBe('09:00–10:00');
    expect(slotTimes(47, 48)).toBe('23:30–24:00');
    expect(slotHour(19, 48)).toBe(9.5);
    expect(slotHour(9, 24)).toBe(9);
  });

  it('marks the most staff that kept (off-grid) shifts add to a slot', () => {
    const schedule = [
      { days: 'mon', from: '09:30', to: '11:00', staff: 2 },
      { days: 'mon', from: '10:45', to: '12:00', staff: 1 },
    ];
    const { kept } = gridOfSchedule(schedule, 24);
    const extra = keptStaff(schedule, kept, 24);
    expect(extra[0]!.slice(8, 13)).toEqual([0, 2, 3, 1, 0]);
    expect(extra[1]!.every((x) => x === 0)).toBe(true);
  });
});
