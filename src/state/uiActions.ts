import { useUi, type ConflictRequest, type QuickInputRequest, type Severity, type Theme } from './uiStore';

let revealSeq = 0;
export const OUTPUT_LIMIT = 1000;

/** A line in the Output panel. */
export function log(text: string, severity: Severity = 'info'): void {
  useUi.setState((s) => ({ output: [...s.output.slice(-(OUTPUT_LIMIT - 1)), { time: Date.now(), severity, text }] }));
}

// Notifications: their service (timing, coalescing) is notificationService.ts.
export { dismiss, notify } from './notificationService';

export function setTheme(theme: Theme): void {
  useUi.setState({ theme });
}

export function openQuick(kind: 'commands' | 'files', query = ''): void {
  useUi.setState({ quick: { kind, query } });
}

export function closeQuick(): void {
  const q = useUi.getState().quick;
  useUi.setState({ quick: null });
  if (q?.kind === 'input' || q?.kind === 'pick') q.request.resolve(undefined);
}

/** Ask for a line of text in the quick input; undefined when cancelled. */
export function promptText(request: Omit<QuickInputRequest, 'resolve'>): Promise<string | undefined> {
  closeQuick();
  return new Promise((resolve) => {
    useUi.setState({ quick: { kind: 'input', request: { ...request, resolve } } });
  });
}

/** Answer the open quick input. */
export function answerQuick(value: string): void {
  const q = useUi.getState().quick;
  if (q?.kind !== 'input') return;
  useUi.setState({ quick: null });
  q.request.resolve(value);
}

export function askConflict(request: ConflictRequest): void {
  useUi.setState((s) => ({ conflicts: [...s.conflicts.filter((c) => c.docId !== request.docId), request] }));
}

export function resolveConflict(docId: string): void {
  useUi.setState((s) => ({ conflicts: s.conflicts.filter((c) => c.docId !== docId) }));
}

export function requestReveal(docId: string, line: number, column: number): void {
  useUi.setState({ reveal: { docId, line, column, seq: ++revealSeq } });
}
