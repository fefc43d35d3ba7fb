import { visit } from 'jsonc-parser';
import type { JsonPath } from '../diagnostics/diagnostic';

/** A stretch of the text: its offset and length. */
export interface Span {
  offset: number;
  length: number;
}

/** Where the value at a path is in the text: the path's own, or when it does not exist, its nearest existing parent's. */
export interface PathSpan {
  /** How many segments of the path exist: the value found is the one at `path.slice(0, depth)`. */
  depth: number;
  kind: 'object' | 'array' | 'string' | 'other';
  value: Span;
  /** When the value is a property's: the property, from its key to the end of its value. */
  property?: Span;
  /** When the value is an object with an "id": that property (the last one), from its key to the end of its value. */
  id?: Span;
}

/** The requested paths, merged by prefix; `seen` is the latest occurrence of the value there (the one JSON.parse keeps). */
interface Trie {
  children?: Map<string | number, Trie>;
  asked: boolean;
  seen?: Seen;
}

interface Seen {
  kind: PathSpan['kind'];
  offset: number;
  /** -1 until the end of the value is reached. */
  length: number;
  property?: Span;
  id?: Span;
}

/** An open object or array while the text is visited. */
interface Frame {
  /** The trie node of this container; undefined when no requested path goes through it (its inside is skipped). */
  trie: Trie | undefined;
  object: boolean;
  /** Values so far (an array's next index). */
  count: number;
  /** The property being read (in an object): its key and the key's offset. */
  key?: string;
  keyOffset: number;
  /** The container is the value of its parent object's "id": the parent's trie node and where the key starts. */
  idOf?: { trie: Trie; keyOffset: number };
}

const STOP = Symbol('all paths found');

function buildTrie(paths: readonly JsonPath[]): { root: Trie; asked: number } {
  const root: Trie = { asked: false };
  let asked = 0;
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      node.children ??= new Map();
      let next = node.children.get(segment);
      if (!next) node.children.set(segment, (next = { asked: false }));
      node = next;
    }
    if (!node.asked) asked++;
    node.asked = true;
  }
  return { root, asked };
}

/** A new occurrence of a value replaces the earlier one (a repeated key): what was seen inside the earlier one is forgotten. */
function forgetBelow(node: Trie): void {
  const stack = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (!n.children) continue;
    for (const child of n.children.values()) {
      if (child.seen) {
        delete child.seen;
        stack.push(child);
      }
    }
  }
}

function spanOf(root: Trie, path: JsonPath): PathSpan | undefined {
  if (!root.seen) return undefined;
  let node = root;
  let depth = 0;
  for (const segment of path) {
    const next = node.children?.get(segment);
    if (!next?.seen) break;
    node = next;
    depth++;
  }
  const seen = node.seen!;
  const span: PathSpan = { depth, kind: seen.kind, value: { offset: seen.offset, length: seen.length } };
  if (seen.property) span.property = seen.property;
  if (seen.id) span.id = seen.id;
  return span;
}

export interface PathSpansOptions {
  /**
   * The caller knows the text is valid JSON in which no object repeats a key: then the first
   * occurrence of a value is the one used, and the pass stops as soon as every path is settled.
   * Otherwise the whole text is read, since a repeat further on would replace what was found.
   */
  uniqueKeys?: boolean;
}

/**
 * Where the values at some paths are, in one streaming pass over the text (jsonc-parser's visitor,
 * which recovers from broken JSON as its parseTree does): nothing of the document is built, the
 * inside of every object or array no path goes through is skipped, and the memory used depends on
 * the paths asked, not on the text. Of a repeated key the last occurrence counts, as in JSON.parse;
 * a path that does not exist gets its nearest existing parent; undefined when the text holds no value.
 */
export function pathSpans(text: string, paths: readonly JsonPath[], options: PathSpansOptions = {}): (PathSpan | undefined)[] {
  const { root, asked } = buildTrie(paths);
  const stack: Frame[] = [];
  let settled = 0;
  // With unique keys, a value is final when it ends; it settles the paths asked at it and below it that it has no value for.
  const settle = (node: Trie) => {
    const pending = [node];
    for (let n = pending.pop(); n; n = pending.pop()) {
      if (n.asked) settled++;
      if (n.children) for (const child of n.children.values()) if (!child.seen) pending.push(child);
    }
    if (settled === asked) throw STOP;
  };
  /** A value begins at `offset`: the trie node it is (if any), and whether it is its parent's "id". */
  const begin = (kind: Seen['kind'], offset: number): { trie: Trie | undefined; idOf?: Frame['idOf'] } => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root.seen) return { trie: undefined }; // only the first value is the document
      root.seen = { kind, offset, length: -1 };
      return { trie: root };
    }
    const isObject = parent.object;
    const segment = isObject ? parent.key! : parent.count;
    parent.count++;
    const out: { trie: Trie | undefined; idOf?: Frame['idOf'] } = { trie: undefined };
    if (!parent.trie) return out;
    if (isObject && segment === 'id') out.idOf = { trie: parent.trie, keyOffset: parent.keyOffset };
    const trie = parent.trie.children?.get(segment);
    if (trie) {
      if (trie.seen) forgetBelow(trie);
      trie.seen = { kind, offset, length: -1 };
      if (isObject) trie.seen.property = { offset: parent.keyOffset, length: -1 };
      out.trie = trie;
    }
    return out;
  };
  const end = (at: { trie: Trie | undefined; idOf?: Frame['idOf'] }, endOffset: number) => {
    if (at.idOf) {
      const owner = at.idOf.trie.seen!;
      owner.id = { offset: at.idOf.keyOffset, length: endOffset - at.idOf.keyOffset };
    }
    if (at.trie) {
      const seen = at.trie.seen!;
      seen.length = endOffset - seen.offset;
      if (seen.property) seen.property.length = endOffset - seen.property.offset;
      if (options.uniqueKeys) settle(at.trie);
    }
  };
  const open = (kind: 'object' | 'array', offset: number): boolean => {
    const at = begin(kind, offset);
    const frame: Frame = { trie: at.trie, object: kind === 'object', count: 0, keyOffset: -1 };
    if (at.idOf) frame.idOf = at.idOf;
    stack.push(frame);
    // false: jsonc-parser skips the callbacks inside, up to this container's end.
    return at.trie !== undefined;
  };
  const close = (offset: number, length: number) => {
    const frame = stack.pop()!;
    end(frame, offset + length);
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => open('object', offset),
        onArrayBegin: (offset) => open('array', offset),
        onObjectEnd: close,
        onArrayEnd: close,
        onObjectProperty: (key, offset) => {
          const frame = stack[stack.length - 1]!;
          frame.key = key;
          frame.keyOffset = offset;
        },
        onLiteralValue: (value, offset, length) => {
          const at = begin(typeof value === 'string' ? 'string' : 'other', offset);
          end(at, offset + length);
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (err) {
    if (err !== STOP) throw err;
  }
  return paths.map((path) => spanOf(root, path));
}
