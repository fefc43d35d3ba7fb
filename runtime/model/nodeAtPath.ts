import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic';

/** The property node of `key` in an object node, the last one when the key repeats. */
export function lastProperty(object: JsonNode, key: string): JsonNode | undefined {
  const children = object.children ?? [];
  for (let i = children.length - 1; i >= 0; i--) {
    const p = children[i]!;
    if (p.children?.length === 2 && p.children[0]!.value === key) return p;
  }
  return undefined;
}

/**
 * The syntax-tree node of the value at `path`, or undefined. Like jsonc-parser's findNodeAtLocation,
 * except that of a key an object has twice it takes the last one: the one JSON.parse keeps, so a
 * diagnostic about the value points at the value that is used.
 */
export function nodeAtPath(root: JsonNode | undefined, path: JsonPath): JsonNode | undefined {
  let node = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'string') {
      if (node.type !== 'object' || !node.children) return undefined;
      node = lastProperty(node, segment)?.children![1];
    } else {
      if (node.type !== 'array' || !node.children || segment < 0 || segment >= node.children.length) return undefined;
      node = node.children[segment];
    }
  }
  return node;
}
