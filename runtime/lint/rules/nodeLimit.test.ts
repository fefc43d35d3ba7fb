import { describe, expect, it } from 'vitest';
import type { Journey } from '../../model/journey';
import { MAX_NODES } from '../../sim/core/arrivalList';
import { createLintContext } from '../lintContext';
import { JOURNEY_RULES } from '../lintJourney';
import { generateChainJourney } from '../../testing/generateChainJourney';
import { nodeLimit } from './nodeLimit';

// The generated chain has the schema's shape already; skipping the schema keeps this test quick.
const chain = (nodes: number) => generateChainJourney(nodes) as unknown as Journey;

describe('nodeLimit (J040)', () => {
  it('is one of the journey rules', () => {
    expect(JOURNEY_RULES).toContain(nodeLimit);
  });

  it('accepts as many nodes as the simulator holds', () => {
    expect(nodeLimit(createLintContext(chain(MAX_NODES)))).toEqual([]);
  });

  it('refuses one more, located on the first node beyond the limit, saying to split the journey', () => {
    const journey = chain(MAX_NODES + 1);
    const found = nodeLimit(createLintContext(journey));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'J040', severity: 'error', path: ['nodes', MAX_NODES], nodeId: journey.nodes[MAX_NODES]!.id });
    expect(found[0]!.message).toMatch(new RegExp(`${MAX_NODES + 1} nodes, more than the ${MAX_NODES}.*split it`));
  });
});
