import type { Point } from '../../runtime/collab/session/presence';

/** How the canvas tells a shared file's connection where one's pointer is and what one drags. */
export interface PresenceOut {
  cursor(point: Point | null): void;
  drag(positions: Record<string, Point> | null): void;
}

const outs = new Map<string, PresenceOut>();

export function setPresenceOut(docId: string, out: PresenceOut | undefined): void {
  if (out) outs.set(docId, out);
  else outs.delete(docId);
}

export const presenceOut = (docId: string | undefined): PresenceOut | undefined => (docId ? outs.get(docId) : undefined);

/**
 * Calls of `send` at most once every `ms` milliseconds: the first at once, the last one always
 * (after the wait), the ones between dropped. For cursors and drags (a peer needs no more).
 */
export function throttle<A>(send: (value: A) => void, ms: number, timers: { set: (run: () => void, ms: number) => ReturnType<typeof setTimeout>; clear: (t: ReturnType<typeof setTimeout>) => void } = { set: (run, ms) => setTimeout(run, ms), clear: (t) => clearTimeout(t) }) {
  let last = -Infinity;
  let pending: { value: A } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = Date.now();
    send(value);
  };
  return {
    push(value: A) {
      pending = { value };
      const wait = last + ms - Date.now();
      if (wait <= 0 && timer === undefined) flush();
      else if (timer === undefined) timer = timers.set(flush, Math.max(0, wait));
    },
    /** Send what is pending now (a drop, leaving the map). */
    flush() {
      if (timer !== undefined) timers.clear(timer);
      flush();
    },
    cancel() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
      pending = null;
    },
  };
}
