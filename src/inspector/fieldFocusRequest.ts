import { useLayoutEffect, useSyncExternalStore, type RefObject } from 'react';

/** How long a request waits for its form (a double-click the inspector never answers is dropped). */
const EXPIRES_MS = 10_000;

/** A field of one element's form to focus once the inspector shows that element. */
export interface FieldFocusRequest {
  element: string;
  field: string;
  at: number;
}

let current: FieldFocusRequest | undefined;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/**
 * Ask the inspector to focus a field of an element's form (e.g. an edge's Event field after a
 * double-click on its label). The form takes the request when it renders that element, however long
 * the selection takes to reach it, and selects the field's text to be typed over. The field is the
 * inspector's own: its commit is the usual undoable edit of the document.
 */
export function requestFieldFocus(element: string, field: string, now: number = performance.now()): void {
  current = { element, field, at: now };
  for (const l of listeners) l();
}

/** The pending request, if any (for tests). */
export function pendingFieldFocus(): FieldFocusRequest | undefined {
  return current;
}

const clock = () => performance.now();

/** Focus the requested field when `root` is the form of `element` (a layout effect: before paint). */
export function useFieldFocusRequest(element: string, root: RefObject<HTMLElement | null>, now: () => number = clock): void {
  const request = useSyncExternalStore(subscribe, () => current);
  useLayoutEffect(() => {
    if (!request || request.element !== element || !root.current) return;
    if (now() - request.at > EXPIRES_MS) {
      current = undefined;
      return;
    }
    const field = [...root.current.querySelectorAll<HTMLElement>('[data-field]')].find((f) => f.dataset.field === request.field);
    const input = field?.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea');
    if (!input) return;
    current = undefined;
    input.focus();
    if (input instanceof HTMLInputElement) input.select();
  }, [request, element, root, now]);
}
