import { describe, expect, it } from 'vitest';
import { ExprClass, exprClass, fieldsRead, journeyFieldsRead } from './exprDependencies';

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

describe('journeyFieldsRead', () => {
  it.each([
    ['journey.n < 2.0', ['n']],
    ['journey.n + journey.m', ['n', 'm']],
    ['journey . n >= 3.0 && journey.n < 9.0', ['n']],
    ['"customer" == "event" || journey.n > 1.0', ['n']],
    ['journey.n < customer.limit', null],
    ['event.type == "X" && journey.n > 0.0', null],
    ['journey["n"] > 0.0', null],
    ['size(journey) > 0', null],
    ['1.0 + 2.0', null],
  ])('%s', (text, fields) => {
    expect(journeyFieldsRead(text)).toEqual(fields);
  });
});

describe('fieldsRead of customer', () => {
  it.each([
    ['customer.digital', ['digital']],
    ['customer.employment == "journey"', ['employment']],
    ['customer.a < 1.0 && customer.b', ['a', 'b']],
    ['customer.a < journey.n', null],
    ['customer["a"]', null],
  ])('%s', (text, fields) => {
    expect(fieldsRead(text, 'customer')).toEqual(fields);
  });
});
