import { useUi, type Notification, type NotificationAction, type Severity } from './uiStore';

// Notifications (toasts), VS Code's way: one that needs no answer leaves on its own (an error
// later than the rest), its time stopped while it is hovered or focused and while it waits behind
// the ones shown; one with actions (a question) stays until it is answered or closed. The same
// notification again is counted, not shown twice.

/** How long a notification without actions stays shown, by severity. */
export const NOTIFICATION_TIMEOUT_MS: Readonly<Record<Severity, number>> = { info: 7000, warning: 10000, error: 15000 };
/** The most notifications shown at once; the older ones wait (their time does not run meanwhile). */
export const MAX_VISIBLE_NOTIFICATIONS = 3;
/** A notification the pointer or the focus leaves stays at least this long after. */
export const NOTIFICATION_RESUME_MS = 2000;

export type HoldReason = 'hover' | 'focus';

interface Clock {
  /** Time left to be shown. */
  remaining: number;
  /** When the running timer started (Date.now), while it runs. */
  started?: number;
  timer?: ReturnType<typeof setTimeout>;
  held: Set<HoldReason>;
}

const clocks = new Map<number, Clock>();
let notificationSeq = 0;

/** A notification with actions asks something: it stays until answered. */
export const needsAnswer = (n: Pick<Notification, 'actions'>): boolean => (n.actions?.length ?? 0) > 0;

const labelsOf = (actions: readonly NotificationAction[] | undefined) => (actions ?? []).map((a) => a.label).join('\n');

/**
 * Show a notification; its id (to dismiss it). The same message, severity and action labels as one
 * still shown counts it again (and its time starts over) instead of adding a second.
 */
export function notify(message: string, severity: Severity = 'info', actions?: NotificationAction[]): number {
  const list = useUi.getState().notifications;
  const same = list.find((n) => n.message === message && n.severity === severity && labelsOf(n.actions) === labelsOf(actions));
  const id = same?.id ?? ++notificationSeq;
  const next: Notification = { id, severity, message, count: (same?.count ?? 0) + 1, ...(actions?.length ? { actions } : {}) };
  useUi.setState({ notifications: [...list.filter((n) => n.id !== id), next] });
  stopClock(id);
  if (!needsAnswer(next)) clocks.set(id, { remaining: NOTIFICATION_TIMEOUT_MS[severity], held: same ? (clocks.get(id)?.held ?? new Set()) : new Set() });
  else clocks.delete(id);
  schedule();
  return id;
}

/** Close a notification (its close button, an answer, the code that showed it). */
export function dismiss(id: number): void {
  stopClock(id);
  clocks.delete(id);
  const list = useUi.getState().notifications;
  if (list.some((n) => n.id === id)) useUi.setState({ notifications: list.filter((n) => n.id !== id) });
  schedule();
}

/** Close every notification. */
export function clearNotifications(): void {
  for (const id of [...clocks.keys()]) stopClock(id);
  clocks.clear();
  useUi.setState({ notifications: [] });
}

/** The pointer is over a notification, or the focus in it: its time stops until both have left. */
export function holdNotification(id: number, reason: HoldReason, held: boolean): void {
  const clock = clocks.get(id);
  if (!clock) return;
  if (held) clock.held.add(reason);
  else if (clock.held.delete(reason) && clock.held.size === 0) clock.remaining = Math.max(clock.remaining, NOTIFICATION_RESUME_MS);
  schedule();
}

/** The notifications shown now: the newest MAX_VISIBLE_NOTIFICATIONS. */
export function visibleNotifications(list: readonly Notification[]): readonly Notification[] {
  return list.slice(-MAX_VISIBLE_NOTIFICATIONS);
}

function stopClock(id: number): void {
  const clock = clocks.get(id);
  if (!clock || clock.timer === undefined) return;
  clearTimeout(clock.timer);
  clock.remaining -= Date.now() - (clock.started ?? Date.now());
  clock.timer = undefined;
  clock.started = undefined;
}

/** Run the time of the notifications shown and not held; stop the others'. */
function schedule(): void {
  const shown = new Set(visibleNotifications(useUi.getState().notifications).map((n) => n.id));
  for (const [id, clock] of clocks) {
    const runs = shown.has(id) && clock.held.size === 0;
    if (!runs) stopClock(id);
    else if (clock.timer === undefined) {
      clock.started = Date.now();
      clock.timer = setTimeout(() => dismiss(id), Math.max(0, clock.remaining));
    }
  }
}
