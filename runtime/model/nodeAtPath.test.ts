import { describe, expect, it } from 'vitest';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { nodeAtPath } from './nodeAtPath';

describe('nodeAtPath', () => {
  it('finds what findNodeAtLocation finds', () => {
    const tree = parseTree('{"a": [1, {"b": true}], "c": null}');
    for (const path of [[], ['a'], ['a', 1], ['a', 1, 'b'], ['c'], ['x'], ['a', 5], ['a', 'b'], ['c', 0]]) {
      expect(nodeAtPath(tree, path)).toBe(findNodeAtLocation(tree!, path));
    }
  });

  it('of a repeated key takes the last: the value JSON.parse keeps', () => {
    const text = '{"cost": 1, "nodes": [], "cost": 2}';
    const node = nodeAtPath(parseTree(text), ['cost'])!;
    expect(node.value).toBe(JSON.parse(text).cost);
    expect(node.offset).toBe(text.lastIndexOf('2'));
  });
});
