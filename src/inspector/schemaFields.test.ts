import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NODE_KINDS } from '../../nodes/registry';
import { actionSchema, distributionObjectSchema } from '../../runtime/model/primitives';
import { fieldOf, fieldsOf, humanize } from './schemaFields';

const kind = (k: string) => NODE_KINDS.find((d) => d.kind === k)!;

describe('schema form generation (zod 4 introspection)', () => {
  it('reads enums, labels from describe(), and optional objects', () => {
    expect(fieldsOf(kind('touchpoint').props)).toEqual([{ key: 'channel', label: 'Channel of the interaction', description: 'Channel of the interaction', optional: false, type: 'select', options: ['web', 'app', 'email', 'sms', 'phone', 'chat', 'branch', 'store', 'mail', 'other'] }]);
    const [product, incentive, channel] = fieldsOf(kind('offer').props);
    expect(product).toMatchObject({ key: 'product', type: 'text', optional: false, label: 'The product or service offered' });
    expect(incentive).toMatchObject({ key: 'incentive', type: 'object', optional: true, label: 'Incentive and its cost per use' });
    expect(incentive!.type === 'object' && incentive!.fields).toEqual([
      { key: 'name', label: 'Name', optional: false, type: 'text' },
      { key: 'cost', label: 'Cost', optional: false, type: 'number', int: false, min: 0, max: 1e12 },
    ]);
    expect(channel).toMatchObject({ type: 'select' });
  });

  it('reads number bounds, string lists and booleans', () => {
    const [metric, questions, rate] = fieldsOf(kind('survey').props);
    expect(metric).toMatchObject({ type: 'select', options: ['csat', 'nps', 'ces'] });
    expect(questions).toMatchObject({ type: 'stringList', min: 1, label: 'The questions asked' });
    expect(rate).toMatchObject({ type: 'number', min: 0, max: 1, int: false });
    const [toTeam, repeats] = fieldsOf(kind('handoff').props);
    expect(toTeam).toMatchObject({ type: 'text', optional: true });
    expect(repeats).toMatchObject({ type: 'boolean', optional: false });
    expect(fieldOf('staff', z.number().int().min(1))).toMatchObject({ type: 'number', int: true, min: 1 });
    expect(fieldOf('staff', z.number().int().min(1))).not.toHaveProperty('max');
  });

  it('turns discriminated unions into a choice of field sets', () => {
    const action = fieldOf('action', actionSchema);
    expect(action.type).toBe('union');
    if (action.type !== 'union') return;
    expect(action.discriminator).toBe('type');
    expect(action.options.map((o) => o.value)).toEqual(['message', 'task', 'assign', 'incentive', 'track']);
    expect(action.options.find((o) => o.value === 'assign')!.fields.map((f) => f.key)).toEqual(['var', 'expr']);
    const dist = fieldOf('delay', distributionObjectSchema);
    expect(dist.type === 'union' && dist.options.find((o) => o.value === 'uniform')!.fields.map((f) => [f.key, f.type])).toEqual([
      ['min', 'scalar'],
      ['max', 'scalar'],
    ]);
  });

  it('falls back to JSON for shapes a form cannot show, and humanizes keys', () => {
    expect(fieldOf('x', z.array(z.number()))).toMatchObject({ type: 'json' });
    expect(fieldOf('always', z.literal(true).optional())).toMatchObject({ type: 'constant', value: true, optional: true });
    expect(humanize('responseRate')).toBe('Response rate');
    expect(humanize('to_team')).toBe('To team');
  });

  it('has a form for every node kind', () => {
    for (const d of NODE_KINDS) for (const f of fieldsOf(d.props)) expect(f.type).not.toBe('json');
  });
});
