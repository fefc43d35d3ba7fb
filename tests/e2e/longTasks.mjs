/**
 * Record the main thread's long tasks in every page of a browser context, as `window.__longTasks`
 * entries `{ start, duration }` (ms); clear with `window.__longTasks.length = 0`.
 */
export async function recordLongTasks(context) {
  await context.addInitScript(() => {
    window.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long task API
    }
  });
}
