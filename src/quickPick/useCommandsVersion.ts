import { useSyncExternalStore } from 'react';
import { commands } from '../commands/commandRegistry';

/** Re-render when commands are registered or removed. */
export function useCommandsVersion(): number {
  return useSyncExternalStore(
    (l) => commands.subscribe(l),
    () => commands.getVersion(),
  );
}
