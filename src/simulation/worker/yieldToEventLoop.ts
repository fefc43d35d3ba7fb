/**
 * Resolves after one macrotask, so that messages already queued for this thread (a `cancel`) are
 * handled first. A MessageChannel task is not clamped like `setTimeout(…, 0)` (4 ms when nested).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
