import type { CliIo } from '../cliIo';

/**
 * A progress bar on stderr when it is a terminal; nothing otherwise. Call `done()` at the end. A
 * `note` (what is being done now) follows the bar; the line is redrawn when the percentage or the
 * note changes.
 */
export function progressBar(io: CliIo, label: string): { onProgress?: (done: number, total: number, note?: string) => void; done: () => void } {
  if (!io.stderrIsTTY) return { done: () => {} };
  let last = -1;
  let lastNote: string | undefined;
  return {
    onProgress: (done, total, note) => {
      const pct = total > 0 ? Math.min(100, Math.floor((100 * done) / total)) : 100;
      if (pct === last && note === lastNote) return;
      last = pct;
      lastNote = note;
      const width = 30;
      const filled = Math.round((width * pct) / 100);
      const tail = note !== undefined ? ` ${note}\x1b[K` : '';
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total}${tail}`);
    },
    done: () => {
      if (last >= 0) io.stderr('\r\x1b[K');
    },
  };
}
