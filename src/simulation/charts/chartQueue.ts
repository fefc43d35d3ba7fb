/**
 * Charts are created one per task: six charts made at once would block the page for one long
 * task; one at a time, input and painting get their turn in between.
 */
const queue: (() => void)[] = [];
let scheduled = false;

function drain(): void {
  const job = queue.shift();
  if (job) job();
  if (queue.length > 0) setTimeout(drain, 0);
  else scheduled = false;
}

/** Run `job` in a task of its own, after the ones queued before it; the returned function unqueues it. */
export function queueChartWork(job: () => void): () => void {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setTimeout(drain, 0);
  }
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
