/**
 * Throttles the progress of one job: a report goes out when the job moved on by at least 1% since
 * the last one and at least `minIntervalMs` later (at most ~20 a second by default); the first
 * (0) and the last (done = total) always go out, once each.
 */
export function createProgressReporter(
  post: (done: number, total: number) => void,
  total: number,
  now: () => number,
  minIntervalMs = 50,
): (done: number) => void {
  const step = Math.max(1, Math.ceil(total / 100));
  let lastDone = -1;
  let lastTime = Number.NEGATIVE_INFINITY;
  let finished = false;
  return (done: number) => {
    if (finished) return;
    const d = Math.min(Math.max(0, Math.floor(done)), total);
    if (d === total) {
      finished = true;
    } else if (lastDone >= 0) {
      if (d - lastDone < step) return;
      const t = now();
      if (t - lastTime < minIntervalMs) return;
    }
    lastDone = d;
    lastTime = now();
    post(d, total);
  };
}
