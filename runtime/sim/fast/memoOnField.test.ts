import { describe, expect, it } from 'vitest';
import type { ExprContext } from '../../expr';
import { memoOnField } from './memoOnField';

const ctx = (journey: Record<string, unknown>): ExprContext => ({ customer: {}, journey, event: {} });

describe('memoOnField', () => {
  it('evaluates once per value of the variable and answers the same', () => {
    let calls = 0;
    const f = memoOnField('journey', 'n', (c) => {
      calls++;
      return (c.journey.n as number) >= 3;
    });
    const answers = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4].map((n) => f(ctx({ n })));
    expect(answers).toEqual([false, false, false, true, true, false, false, false, true, true]);
    expect(calls).toBe(5);
  });

  it('does not remember object results, objects as values, -0 or a missing variable', () => {
    let calls = 0;
    const list = memoOnField('journey', 'n', () => {
      calls++;
      return [1];
    });
    expect(list(ctx({ n: 1 }))).not.toBe(list(ctx({ n: 1 })));
    expect(calls).toBe(2);
    const sign = memoOnField('journey', 'x', (c) => 1 / (c.journey.x as number));
    expect(sign(ctx({ x: 0 }))).toBe(Number.POSITIVE_INFINITY);
    expect(sign(ctx({ x: -0 }))).toBe(Number.NEGATIVE_INFINITY);
    let missing = 0;
    const g = memoOnField('journey', 'n', () => ++missing);
    g(ctx({}));
    g(ctx({}));
    g(ctx({ n: { a: 1 } }));
    g(ctx({ n: { a: 1 } }));
    expect(missing).toBe(4);
  });

  it('keeps at most 256 values, then evaluates every time', () => {
    let calls = 0;
    const f = memoOnField('journey', 'n', (c) => {
      calls++;
      return c.journey.n;
    });
    for (let i = 0; i < 300; i++) f(ctx({ n: i }));
    calls = 0;
    for (let i = 0; i < 300; i++) expect(f(ctx({ n: i }))).toBe(i);
    expect(calls).toBe(300 - 256);
  });

  it('stops looking up a full memory that seldom answers (a continuous attribute), and still answers right', () => {
    let calls = 0;
    const f = memoOnField('customer', 'score', (c) => {
      calls++;
      return (c.customer.score as number) < 600;
    });
    const score = (i: number) => 300 + ((i * 7919) % 100_000) / 100;
    for (let i = 0; i < 256; i++) f({ customer: { score: score(i) }, journey: {}, event: {} });
    // Full: a value it holds is answered from memory…
    calls = 0;
    expect(f({ customer: { score: score(3) }, journey: {}, event: {} })).toBe(score(3) < 600);
    expect(calls).toBe(0);
    // …until look-ups seldom find anything: then it evaluates, even a value it holds.
    for (let i = 256; i < 256 + 8192; i++) expect(f({ customer: { score: score(i) }, journey: {}, event: {} })).toBe(score(i) < 600);
    calls = 0;
    expect(f({ customer: { score: score(3) }, journey: {}, event: {} })).toBe(score(3) < 600);
    expect(calls).toBe(1);
  });

  it('keeps a full memory that answers most look-ups', () => {
    let calls = 0;
    const f = memoOnField('journey', 'n', (c) => {
      calls++;
      return c.journey.n;
    });
    for (let i = 0; i < 256; i++) f(ctx({ n: i }));
    for (let i = 0; i < 10_000; i++) f(ctx({ n: i % 300 }));
    calls = 0;
    expect(f(ctx({ n: 7 }))).toBe(7);
    expect(calls).toBe(0);
  });

  it('remembers by a customer attribute as well', () => {
    let calls = 0;
    const f = memoOnField('customer', 'digital', (c) => {
      calls++;
      return c.customer.digital === true;
    });
    const answers = [true, false, true, true, false].map((digital) => f({ customer: { digital, segment: 'a' }, journey: {}, event: {} }));
    expect(answers).toEqual([true, false, true, true, false]);
    expect(calls).toBe(2);
  });

  it('lets errors through, unremembered', () => {
    let calls = 0;
    const f = memoOnField('journey', 'n', () => {
      calls++;
      throw new Error('no such field');
    });
    expect(() => f(ctx({ n: 1 }))).toThrow('no such field');
    expect(() => f(ctx({ n: 1 }))).toThrow('no such field');
    expect(calls).toBe(2);
  });
});
