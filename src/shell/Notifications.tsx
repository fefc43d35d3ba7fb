import { useUi } from '../state/uiStore';
import { dismiss } from '../state/uiActions';
import { CloseIcon, ErrorIcon, InfoIcon, WarningIcon } from './icons';

/** Toasts, bottom right, with their actions (Undo…). */
export function Notifications() {
  const notifications = useUi((s) => s.notifications);
  if (notifications.length === 0) return null;
  return (
    <div className="ws-toasts nokey" aria-live="polite">
      {notifications.map((n) => (
        <div key={n.id} className={`ws-toast ws-${n.severity}`} role={n.severity === 'error' ? 'alert' : 'status'} data-testid="notification" data-severity={n.severity}>
          <span className="ws-toast-icon">{n.severity === 'error' ? <ErrorIcon /> : n.severity === 'warning' ? <WarningIcon /> : <InfoIcon />}</span>
          <span className="ws-toast-message">{n.message}</span>
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
            <button className="ws-icon-button" aria-label="Dismiss" title="Dismiss" onClick={() => dismiss(n.id)}>
              <CloseIcon size={14} />
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
