import { useEffect, useState, type RefObject } from 'react';

/** The width of an element (px), following its resizes; `initial` until it is measured. */
export function useBoxWidth(ref: RefObject<HTMLElement | null>, initial: number): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      // Round to 8 px, so a drag of the panel does not rebuild the option at every pixel.
      if (w > 0) setWidth(Math.round(w / 8) * 8);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
