// The run options' maxima (README, Command line): within them the options behave as DESIGN §6 says.
import { describe, expect, it } from 'vitest';
import { runCli } from '../runCli';
import { memoryIo } from '../memoryIo';
import { minimalCohort, minimalJourney } from '../../testing/minimalJourney';
import { MAX_CUSTOMERS, MAX_HORIZON_MS, parseSimOptions } from './simOptions';

const DAY = 86_400_000;
const files = () => ({
  'd/a.journey.json': JSON.stringify({ ...minimalJourney(), cohort: 'mini.cohort.json' }),
  'd/b.journey.json': JSON.stringify({ ...minimalJourney(), cohort: 'mini.cohort.json' }),
  'd/mini.cohort.json': JSON.stringify(minimalCohort()),
});

describe('the maxima of --customers, --horizon and --over', () => {
  it('are 100,000,000 customers and 100 years (36500d), both allowed', () => {
    expect(MAX_CUSTOMERS).toBe(100_000_000);
    expect(MAX_HORIZON_MS).toBe(36_500 * DAY);
    expect(parseSimOptions('simulate', { customers: '100000000', horizon: '36500d', over: '36500d' })).toMatchObject({ customers: 1e8, horizonMs: 36_500 * DAY, overMs: 36_500 * DAY });
    expect(parseSimOptions('simulate', { horizon: String(36_500 * DAY) }).horizonMs).toBe(36_500 * DAY);
  });

  const cases: [string, string[], RegExp][] = [
    ['simulate', ['--customers', '100000001'], /^journey simulate: --customers 100000001 is more than 100,000,000, the most one run may have: simulate fewer/],
    ['simulate', ['--customers', '9'.repeat(400)], /^journey simulate: --customers 9{400} is more than 100,000,000/],
    ['simulate', ['--horizon', '36501d'], /^journey simulate: --horizon 36501d is longer than 36500d \(100 years\), the longest a run may be: shorten it$/],
    ['simulate', ['--horizon', '5300w'], /^journey simulate: --horizon 5300w is longer than 36500d/],
    ['simulate', ['--horizon', '9'.repeat(400)], /^journey simulate: --horizon '9{400}' is not a duration/],
    ['simulate', ['--horizon', '36500d', '--over', '40000d'], /^journey simulate: --over 40000d is longer than 36500d \(100 years\), the longest a run may be: shorten it$/],
    ['compare', ['--customers', '200000000'], /^journey compare: --customers 200000000 is more than 100,000,000/],
    ['staff', ['--horizon', '100000d'], /^journey staff: --horizon 100000d is longer than 36500d/],
  ];
  it.each(cases)('%s %j: one line naming the option, exit 2, nothing run', async (command, args, message) => {
    const io = memoryIo(files());
    const positionals = command === 'compare' ? ['d/a.journey.json', 'd/b.journey.json', '--cohort', 'd/mini.cohort.json'] : ['d/a.journey.json'];
    const t0 = performance.now();
    expect(await runCli([command, ...positionals, ...args], io)).toBe(2);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err.trim()).toMatch(message);
    expect(io.out).toBe('');
  });
});
