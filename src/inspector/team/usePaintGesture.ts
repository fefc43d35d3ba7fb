import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cell } from './weekGridModel';

/** A drag over the week grid: the cell it started on and the one under the pointer now. */
export interface PaintGesture {
  anchor: Cell;
  current: Cell;
}

/**
 * One paint gesture, from pointer down to pointer up anywhere on the page: `onEnd` runs once, at
 * the end, so that the whole gesture is one edit (one undo step). A cancelled pointer, or `cancel()`
 * (Escape), ends it without painting.
 */
export function usePaintGesture(onEnd: (g: PaintGesture) => void) {
  const [gesture, setGesture] = useState<PaintGesture | null>(null);
  // The live gesture, read by the window listeners (state lags one render behind).
  const live = useRef<PaintGesture | null>(null);
  const end = useRef(onEnd);
  useEffect(() => {
    end.current = onEnd;
  });
  const set = useCallback((g: PaintGesture | null) => {
    live.current = g;
    setGesture(g);
  }, []);
  const finish = useCallback(() => {
    const g = live.current;
    if (!g) return;
    set(null);
    end.current(g);
  }, [set]);
  const active = gesture !== null;
  useEffect(() => {
    if (!active) return;
    const cancel = () => set(null);
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', cancel);
    };
  }, [active, finish, set]);
  return {
    gesture,
    start: (anchor: Cell, current: Cell = anchor) => set({ anchor, current }),
    extend: (cell: Cell) => {
      const g = live.current;
      if (g && (g.current.day !== cell.day || g.current.slot !== cell.slot)) set({ ...g, current: cell });
    },
    finish,
    cancel: () => set(null),
  };
}
