import { commands, type Disposer } from '../../commands/commandRegistry';
import { clearNotifications, dismiss } from '../../state/notificationService';
import { useUi } from '../../state/uiStore';

/** Notifications: close one (its close button, Escape in it) or all of them. */
export function registerNotificationCommands(): Disposer {
  const any = () => useUi.getState().notifications.length > 0;
  const disposers = [
    commands.register({ id: 'notifications.clearAll', title: 'Clear All Notifications', category: 'Notifications', when: any, run: clearNotifications }),
    commands.register({
      id: 'notifications.clear',
      title: 'Clear Notification',
      category: 'Notifications',
      when: any,
      // The toast's id, from its close button; from the palette, the newest.
      run: (id?: unknown) => dismiss(typeof id === 'number' ? id : (useUi.getState().notifications.at(-1)?.id ?? -1)),
    }),
  ];
  return () => disposers.forEach((d) => d());
}
