import { useRef } from 'react';

interface SashProps {
  /** vertical: a bar between columns (drag left/right); horizontal: between rows. */
  direction: 'vertical' | 'horizontal';
  /** The size when the drag starts. */
  start: () => number;
  onResize: (delta: number, start: number) => void;
}

/** A draggable divider between two parts of the layout. */
export function Sash({ direction, start, onResize }: SashProps) {
  const drag = useRef<{ from: number; size: number } | null>(null);
  return (
    <div
      className={`ws-sash ws-sash-${direction}`}
      role="separator"
      aria-orientation={direction}
      onPointerDown={(e) => {
        (e.target as HTMLElement).setPointerCapture(e.pointerId);
        drag.current = { from: direction === 'vertical' ? e.clientX : e.clientY, size: start() };
        document.body.classList.add(`ws-resizing-${direction}`);
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        const at = direction === 'vertical' ? e.clientX : e.clientY;
        onResize(at - drag.current.from, drag.current.size);
      }}
      onPointerUp={() => {
        drag.current = null;
        document.body.classList.remove(`ws-resizing-${direction}`);
      }}
    />
  );
}
