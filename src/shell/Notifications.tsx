import { commands } from '../commands/commandRegistry';
import { useUi, type Notification } from '../state/uiStore';
import { dismiss, holdNotification, needsAnswer, visibleNotifications } from '../state/notificationService';
import { CloseIcon, ErrorIcon, InfoIcon, WarningIcon } from './icons';
import './notifications.css';

/** Close through the command (every action is one); directly when the workbench's commands are not there (a test). */
function close(id: number): void {
  if (!commands.execute('notifications.clear', id)) dismiss(id);
}

/**
 * Toasts, bottom right: the newest few, the others counted. One without actions leaves on its own
 * (not while hovered or focused); one with actions waits for its answer. Escape closes the focused one.
 */
export function Notifications() {
  const all = useUi((s) => s.notifications);
  const shown = visibleNotifications(all);
  const waiting = all.length - shown.length;
  return (
    <div className="ws-toasts nokey" role="region" aria-label="Notifications">
      {waiting > 0 && (
        <div className="ws-toast-waiting" data-testid="notifications-waiting" role="status">
          {waiting} more {waiting === 1 ? 'notification' : 'notifications'}: {waiting === 1 ? 'it shows' : 'they show'} as these close
        </div>
      )}
      {shown.map((n) => (
        <Toast key={n.id} n={n} />
      ))}
    </div>
  );
}

function Toast({ n }: { n: Notification }) {
  const count = n.count ?? 1;
  return (
    <div
      className={`ws-toast ws-${n.severity}`}
      role={n.severity === 'error' ? 'alert' : 'status'}
      data-testid="notification"
      data-severity={n.severity}
      data-question={needsAnswer(n) ? 'true' : undefined}
      data-count={count}
      onMouseEnter={() => holdNotification(n.id, 'hover', true)}
      onMouseLeave={() => holdNotification(n.id, 'hover', false)}
      onFocus={() => holdNotification(n.id, 'focus', true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) holdNotification(n.id, 'focus', false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        close(n.id);
      }}
    >
      <span className="ws-toast-icon">{n.severity === 'error' ? <ErrorIcon /> : n.severity === 'warning' ? <WarningIcon /> : <InfoIcon />}</span>
      <span className="ws-toast-message">{n.message}</span>
      {count > 1 && (
        <span className="ws-toast-count" data-testid="notification-count" title={`Notified ${count} times`} aria-label={`${count} times`}>
          {count}
        </span>
      )}
      <span className="ws-toast-actions">
        {n.actions?.map((a) => (
          <button
            key={a.label}
            className="ws-button ws-primary"
            onClick={() => {
              dismiss(n.id);
              a.run();
            }}
          >
            {a.label}
          </button>
        ))}
        <button className="ws-icon-button" aria-label="Dismiss" title="Close (Escape)" data-testid="notification-close" onClick={() => close(n.id)}>
          <CloseIcon size={14} />
        </button>
      </span>
    </div>
  );
}
