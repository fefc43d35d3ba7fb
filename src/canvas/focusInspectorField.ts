/** How long to wait for the inspector to show the element (it renders after the selection changes). */
const WAIT_MS = 2000;

/**
 * Focus a field of the edge inspector once it shows this edge (e.g. the Event field after a
 * double-click on the edge's label), its text selected to be typed over. The field is the
 * inspector's own: its commit is the usual undoable edit of the document.
 */
export function focusEdgeField(edgeId: string, field: string, now: () => number = () => performance.now()): void {
  const started = now();
  const attempt = () => {
    const form = [...document.querySelectorAll<HTMLElement>('[data-testid="inspector"] [data-element="edge"]')].find((f) => f.dataset.edgeId === edgeId);
    const input = [...(form?.querySelectorAll<HTMLElement>('[data-field]') ?? [])].find((f) => f.dataset.field === field)?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select, textarea');
    if (input) {
      input.focus();
      if (input instanceof HTMLInputElement) input.select();
      return;
    }
    if (now() - started < WAIT_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
