import { yieldToEventLoop } from '../simulation/worker/yieldToEventLoop';

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task, letting the page handle input and paint, and resumes in a new one at once:
 * `scheduler.yield()` where the browser has it, else one macrotask (yieldToEventLoop).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : yieldToEventLoop();
}
