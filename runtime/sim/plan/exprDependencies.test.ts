import { describe, expect, it } from 'vitest';
import { ExprClass, exprClass } from './exprDependencies';

describe('exprClass', () => {
  it.each([
    ['1.0 + 2.0', ExprClass.constant],
    ['customer.segment == "a"', ExprClass.segment],
    ['customer.segment == "journey" || customer.segment == \'event\'', ExprClass.segment],
    ['customer.income > 5.0', ExprClass.customer],
    ['customer.segment == "a" && customer.digital', ExprClass.customer],
    ['has(customer.income)', ExprClass.customer],
    ['customer["segment"] == "a"', ExprClass.customer],
    ['journey.n < 2.0', ExprClass.dynamic],
    ['customer.segment == "a" && journey.n < 1.0', ExprClass.dynamic],
    ['event.type == "X"', ExprClass.dynamic],
  ])('%s', (text, cls) => {
    expect(exprClass(text)).toBe(cls);
  });
});
