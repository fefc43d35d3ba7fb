import { useUi, type ConflictRequest, type NotificationAction, type QuickInputRequest, type Severity, type Theme } from './uiStore';

let notificationSeq = 0;
let revealSeq = 0;
export const OUTPUT_LIMIT = 1000;
export const NOTIFICATION_TIMEOUT_MS = 8000;

/** A line in the Output panel. */
export function log(text: string, severity: Severity = 'info'): void {
  useUi.setState((s) => ({ output: [...s.output.slice(-(OUTPUT_LIMIT - 1)), { time: Date.now(), severity, text }] }));
}

/** A toast (bottom right), with optional actions; it fades after a while unless it is an error. */
export function notify(message: string, severity: Severity = 'info', actions?: NotificationAction[]): number {
  const id = ++notificationSeq;
  useUi.setState((s) => ({ notifications: [...s.notifications.slice(-4), { id, severity, message, ...(actions ? { actions } : {}) }] }));
  if (severity !== 'error') setTimeout(() => dismiss(id), NOTIFICATION_TIMEOUT_MS);
  return id;
}

export function dismiss(id: number): void {
  useUi.setState((s) => ({ notifications: s.notifications.filter((n) => n.id !== id) }));
}

export function setTheme(theme: Theme): void {
  useUi.setState({ theme });
}

export function openQuick(kind: 'commands' | 'files', query = ''): void {
  useUi.setState({ quick: { kind, query } });
}

export function closeQuick(): void {
  const q = useUi.getState().quick;
  useUi.setState({ quick: null });
  if (q?.kind === 'input') q.request.resolve(undefined);
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
