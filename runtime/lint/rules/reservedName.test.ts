import { describe, expect, it } from 'vitest';
import { reservedKeys } from './reservedName';

describe('reservedKeys (J045)', () => {
  it('finds every "__proto__" key of a parsed document, with its path and owner, in document order', () => {
    const raw: unknown = JSON.parse(`{
      "__proto__": 1,
      "customer": { "constructor": "string", "__proto__": "number" },
      "nodes": [{ "id": "visit", "__proto__": { "__proto__": 2 } }],
      "edges": [{ "id": "apply", "sim": { "segments": { "__proto__": { "p": 0.2 } } } }],
      "list": [[{ "__proto__": [] }]],
      "text": "__proto__"
    }`);
    expect(reservedKeys(raw).map((d) => [d.code, d.path.join('.'), d.nodeId ?? d.edgeId ?? ''])).toEqual([
      ['J045', '__proto__', ''],
      ['J045', 'customer.__proto__', ''],
      ['J045', 'nodes.0.__proto__', 'visit'],
      ['J045', 'edges.0.sim.segments.__proto__', 'apply'],
      ['J045', 'list.0.0.__proto__', ''],
    ]);
  });

  it('passes over other names and values, and walks deep documents without recursion', () => {
    expect(reservedKeys(JSON.parse('{"constructor": {"toString": ["__proto__"]}, "hasOwnProperty": null}'))).toEqual([]);
    let deep: unknown = JSON.parse('{"__proto__": 0}');
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(reservedKeys(deep)).toHaveLength(1);
    expect(reservedKeys(undefined)).toEqual([]);
  });
});
