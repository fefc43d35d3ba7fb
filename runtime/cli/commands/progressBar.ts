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
      // Short enough for the line to fit an 80-column terminal (a wrapped line breaks the \r redraw).
      const shown = note !== undefined && note.length > 30 ? `${note.slice(0, 29)}…` : note;
      const tail = shown !== undefined ? ` ${shown}\x1b[K` : '';
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total}${tail}`);
    },
    done: () => {
      if (last >= 0) io.stderr('\r\x1b[K');
    },
  };
}
