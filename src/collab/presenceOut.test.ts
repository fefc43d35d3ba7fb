import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './presenceOut';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttled presence', () => {
  it('sends the first at once, then at most one per interval, always the latest', () => {
    const sent: number[] = [];
    const t = throttle((v: number) => sent.push(v), 50);
    t.push(1);
    t.push(2);
    t.push(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([1, 3]);
    for (let i = 4; i < 24; i++) {
      t.push(i);
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(50);
    // 20 pushes over 100 ms: about one every 50 ms, and the last one.
    expect(sent.length).toBeLessThanOrEqual(6);
    expect(sent.at(-1)).toBe(23);
  });

  it('flush sends what is pending now; cancel drops it', () => {
    const sent: string[] = [];
    const t = throttle((v: string) => sent.push(v), 100);
    t.push('a');
    t.push('drop');
    t.flush();
    expect(sent).toEqual(['a', 'drop']);
    t.push('never');
    t.cancel();
    vi.advanceTimersByTime(200);
    expect(sent).toEqual(['a', 'drop']);
  });
});
