import { useLayoutEffect, useState } from 'react';

/** The height of an element (pass it from a callback ref), kept up to date (0 until measured, or without ResizeObserver). */
export function useElementHeight(el: HTMLElement | null): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    setHeight(el.clientHeight);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return height;
}
