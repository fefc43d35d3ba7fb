import type { CliIo } from '../cliIo';

/** A progress bar on stderr when it is a terminal; nothing otherwise. Call `done()` at the end. */
export function progressBar(io: CliIo, label: string): { onProgress?: (done: number, total: number) => void; done: () => void } {
  if (!io.stderrIsTTY) return { done: () => {} };
  let last = -1;
  return {
    onProgress: (done, total) => {
      const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
      if (pct === last) return;
      last = pct;
      const width = 30;
      const filled = Math.round((width * pct) / 100);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(pct).padStart(3)}% ${done}/${total}`);
    },
    done: () => {
      if (last >= 0) io.stderr('\r\x1b[K');
    },
  };
}
