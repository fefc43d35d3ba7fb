import { describe, expect, it } from 'vitest';
import { validateText } from '../validateText';
import { minimalJourney } from '../../testing/minimalJourney';

/** The J047 diagnostics of the minimal journey with these vars and an assign of `expr` to `name` on edge 'apply'. */
function assigning(vars: Record<string, unknown>, name: string, expr: string): string[] {
  const journey = minimalJourney();
  journey.vars = vars;
  journey.customer = { income: 'number', city: 'string' };
  journey.edges[0]!.actions = [{ type: 'track', name: 'applied' }, { type: 'assign', var: name, expr }];
  const { diagnostics } = validateText(JSON.stringify(journey));
  expect(diagnostics.filter((d) => d.code === 'J025')).toEqual([]);
  return diagnostics.filter((d) => d.code === 'J047').map((d) => `${d.edgeId} ${d.path.join('.')} ${d.message}`);
}

describe('assignments fit the variable (J047)', () => {
  it('refuses text into a number variable, at the expression', () => {
    expect(assigning({ reminders: 0 }, 'reminders', '"many"')).toEqual([
      expect.stringMatching(/^apply edges\.0\.actions\.1\.expr edge 'apply' assigns string to journey\.reminders, which holds a number \(its initial value is 0\).*journey\.reminders \+ 1/),
    ]);
    expect(assigning({ reminders: 0 }, 'reminders', 'customer.city')).toHaveLength(1);
    expect(assigning({ reminders: 0 }, 'reminders', 'journey.reminders > 1')).toEqual([expect.stringMatching(/assigns bool to journey\.reminders/)]);
  });

  it('refuses a number into a bool or a text variable', () => {
    expect(assigning({ done: false }, 'done', '1')).toEqual([expect.stringMatching(/assigns int to journey\.done, which holds a bool/)]);
    expect(assigning({ note: '' }, 'note', 'customer.income')).toEqual([expect.stringMatching(/assigns double to journey\.note, which holds text/)]);
  });

  it('accepts values of the type, dyn values, and anything into a variable without one of the three types', () => {
    expect(assigning({ reminders: 0 }, 'reminders', 'journey.reminders + 1')).toEqual([]);
    expect(assigning({ reminders: 0 }, 'reminders', '2')).toEqual([]);
    expect(assigning({ reminders: 0 }, 'reminders', 'double(customer.city)')).toEqual([]);
    expect(assigning({ reminders: 0 }, 'reminders', 'event.count')).toEqual([]);
    expect(assigning({ done: false }, 'done', 'customer.income > 1000.0')).toEqual([]);
    expect(assigning({ note: '' }, 'note', 'customer.city + "!"')).toEqual([]);
    expect(assigning({ last: null }, 'last', '"anything"')).toEqual([]);
    expect(assigning({ tags: [] }, 'tags', '[1, 2]')).toEqual([]);
  });

  it('types variables named like members of Object.prototype by their own initial value', () => {
    expect(assigning({ constructor: 0 }, 'constructor', '"x"')).toEqual([expect.stringMatching(/journey\.constructor, which holds a number/)]);
    expect(assigning({ constructor: 0 }, 'constructor', 'journey.constructor + 1')).toEqual([]);
  });
});
