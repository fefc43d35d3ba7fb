import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import type { ScheduleGrid } from '../../../runtime/model/calendar/scheduleGrid';
import { usePaintGesture } from './usePaintGesture';
import { DAY_TITLES, inRect, moveCell, paintRect, sameGrid, slotHour, slotTimes, type Cell } from './weekGridModel';

export interface WeekGridProps {
  /** The painted staff by day and slot (24 or 48 slots a day). */
  grid: ScheduleGrid;
  /** Staff that shifts at exact times add to each slot (at most): shown, not painted. */
  kept: ScheduleGrid;
  /** The staff count a drag or Enter paints (0 erases). */
  paint: number;
  /** One gesture or one key press (one undo step): the rectangle from `from` to `to` painted with `staff`; only when it changes a cell. */
  onPaint(paint: RectPaint): void;
}

/** A rectangle of cells (corners either way round) painted with a staff count. */
export interface RectPaint {
  from: Cell;
  to: Cell;
  staff: number;
}

const isDigit = (key: string) => key.length === 1 && key >= '0' && key <= '9';

/**
 * The week as 7 rows (Monday first) of hour or half-hour cells, each showing the staff on duty.
 * Drag over cells (or Shift+click) to paint a rectangle with the paint count. Keyboard: arrows move,
 * Shift+arrows stretch a rectangle, a digit sets it to that many staff, Enter or Space paints the
 * paint count, Delete erases, Escape lets go.
 */
export function WeekGrid({ grid, kept, paint, onPaint }: WeekGridProps) {
  const slots = grid[0]?.length ?? 24;
  const ref = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<Cell>({ day: 0, slot: Math.round((9 * slots) / 24) });
  // The other corner of a rectangle stretched with Shift+arrows; null: just the focused cell.
  const [corner, setCorner] = useState<Cell | null>(null);
  const commit = (from: Cell, to: Cell, staff: number) => {
    if (!sameGrid(paintRect(grid, from, to, staff), grid)) onPaint({ from, to, staff });
  };
  const gesture = usePaintGesture((g) => commit(g.anchor, g.current, paint));
  const g = gesture.gesture;
  const shown = g ? paintRect(grid, g.anchor, g.current, paint) : grid;
  const totals = shown.map((row, d) => row.map((v, s) => v + (kept[d]?.[s] ?? 0)));
  const max = Math.max(1, ...totals.flat());
  const selectionCorner = corner ?? focus;

  const focusCell = (cell: Cell) => {
    setFocus(cell);
    ref.current?.querySelector<HTMLElement>(`[data-cell="${cell.day}-${cell.slot}"]`)?.focus();
  };

  const onPointerDown = (e: PointerEvent<HTMLElement>, cell: Cell) => {
    if (e.button !== 0) return;
    e.preventDefault();
    // Touch pointers are captured by the first cell: release, so that the cells under the finger get the events.
    if (e.currentTarget.hasPointerCapture?.(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    const anchor = e.shiftKey ? focus : cell;
    setCorner(null);
    focusCell(cell);
    gesture.start(anchor, cell);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') {
      if (g) gesture.cancel();
      else setCorner(null);
      return;
    }
    const moved = moveCell(focus, e.key, slots);
    if (moved) {
      e.preventDefault();
      setCorner(e.shiftKey ? (corner ?? focus) : null);
      focusCell(moved);
      return;
    }
    const value = isDigit(e.key) ? Number(e.key) : e.key === 'Enter' || e.key === ' ' ? paint : e.key === 'Delete' || e.key === 'Backspace' ? 0 : undefined;
    if (value === undefined) return;
    e.preventDefault();
    commit(selectionCorner, focus, value);
  };

  const hourEvery = slots / 8; // a label every 3 hours
  return (
    <div
      ref={ref}
      className="jt-grid"
      role="grid"
      aria-label="Staff on duty by day and time: drag to paint, or use the arrow keys and digits"
      aria-multiselectable="true"
      data-testid="schedule-grid"
      data-painting={g ? 'true' : undefined}
      data-slots={slots}
      style={{ '--jt-slots': slots } as CSSProperties}
      onKeyDown={onKeyDown}
      onPointerUp={gesture.finish}
    >
      <div className="jt-grid-row jt-grid-head" role="row">
        <span className="jt-grid-day" role="columnheader" aria-label="Day" />
        {Array.from({ length: slots }, (_, s) => (
          <span key={s} className="jt-grid-hour" role="columnheader" aria-label={slotTimes(s, slots)}>
            {s % hourEvery === 0 ? String(slotHour(s, slots)).padStart(2, '0') : ''}
          </span>
        ))}
      </div>
      {shown.map((row, day) => (
        <div key={day} className="jt-grid-row" role="row">
          <span className="jt-grid-day" role="rowheader">
            {DAY_TITLES[day]}
          </span>
          {row.map((painted, slot) => {
            const cell = { day, slot };
            const extra = kept[day]?.[slot] ?? 0;
            const total = painted + extra;
            const isFocus = focus.day === day && focus.slot === slot;
            const selected = g ? inRect(cell, g.anchor, g.current) : corner !== null && inRect(cell, corner, focus);
            const classes = ['jt-cell', total > 0 ? 'jt-cell-on' : '', extra > 0 ? 'jt-cell-kept' : '', selected ? 'jt-cell-selected' : ''].filter(Boolean).join(' ');
            const label = `${DAY_TITLES[day]} ${slotTimes(slot, slots)}: ${total} staff${extra > 0 ? ` (up to ${extra} from shifts at exact times, edited in the list of shifts)` : ''}`;
            return (
              <div
                key={slot}
                className={classes}
                role="gridcell"
                tabIndex={isFocus ? 0 : -1}
                aria-selected={selected}
                aria-label={label}
                title={label}
                data-cell={`${day}-${slot}`}
                data-testid={`schedule-cell-${day}-${slotHour(slot, slots)}`}
                data-staff={total}
                style={{ '--jt-level': total / max } as CSSProperties}
                onPointerDown={(e) => onPointerDown(e, cell)}
                onPointerEnter={() => gesture.extend(cell)}
                onFocus={() => !isFocus && setFocus(cell)}
              >
                {total > 0 ? total : ''}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
