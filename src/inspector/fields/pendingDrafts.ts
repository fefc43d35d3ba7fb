/**
 * The inspector's typed text that is not in the document yet (a commit waiting for the typing to
 * pause). The status bar reads it, so that it never says "Saved" over text that a reload would
 * lose; and while any is pending, leaving the page (reload, close, another tab) commits it at once,
 * which puts it in the crash backup synchronously.
 */
type Flush = () => void;

const pending = new Map<object, Flush>();
const listeners = new Set<() => void>();

/** Leaving the page: every pending commit now. */
export function flushPendingDrafts(): void {
  for (const flush of [...pending.values()]) flush();
}

const onHidden = () => {
  if (document.visibilityState === 'hidden') flushPendingDrafts();
};

function watchPage(on: boolean): void {
  if (typeof window === 'undefined') return;
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('beforeunload', flushPendingDrafts);
  window[method]('pagehide', flushPendingDrafts);
  document[method]('visibilitychange', onHidden);
}

/** A field's pending commit (its flush), or none (undefined) once it is committed or dropped. */
export function setPendingDraft(field: object, flush: Flush | undefined): void {
  const had = pending.has(field);
  if (flush) pending.set(field, flush);
  else pending.delete(field);
  if (had === pending.has(field)) return;
  if (pending.size === (had ? 0 : 1)) watchPage(!had);
  for (const l of listeners) l();
}

export function hasPendingDrafts(): boolean {
  return pending.size > 0;
}

export function subscribePendingDrafts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
