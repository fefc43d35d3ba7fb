import type { KeyboardEvent } from 'react';

/** Enter on a row (its button has the focus): do the row's action once (the button's own click is prevented). */
export function onEnter(e: KeyboardEvent, action: () => void): void {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  action();
}
