import { quoted } from '../../runtime/diagnostics/plainSubject';

/** Nodes and edges to name things by: the document now, or the one a version saved. */
export interface NamedElements {
  nodes?: readonly { id: string; label?: unknown }[];
  edges?: readonly { id: string; from: string; to: string; label?: unknown }[];
}

/** A way to name an id: ‘Call back’ for a node, the edge ‘Visit’ → ‘Applied’ for an edge; undefined for neither. */
export type NameOf = (id: string) => string | undefined;

const ID = '([a-z0-9][a-z0-9-]*)';
const MORE = /( \(\+\d+ more\))$/;

/**
 * Name the ids in these documents, the first that knows an id winning: the current document (the
 * labels the map shows), then the version's own (a node deleted since). Later documents are asked
 * for (and made, e.g. parsed) only when an id is not in the earlier ones.
 */
export function namesIn(...docs: (() => NamedElements | undefined)[]): NameOf {
  const made: (NamedElements | undefined | null)[] = docs.map(() => null);
  const doc = (i: number) => (made[i] === null ? (made[i] = safely(docs[i]!)) : made[i]);
  const find = <T extends { id: string }>(list: readonly T[] | undefined, id: string) => (Array.isArray(list) ? list.find((x) => x && x.id === id) : undefined);
  const nodeName = (id: string): string | undefined => {
    for (let i = 0; i < docs.length; i++) {
      const n = find(doc(i)?.nodes, id);
      if (n) return quoted(typeof n.label === 'string' && n.label.trim() !== '' ? n.label : n.id);
    }
    return undefined;
  };
  return (id) => {
    const node = nodeName(id);
    if (node) return node;
    for (let i = 0; i < docs.length; i++) {
      const e = find(doc(i)?.edges, id);
      if (e) return typeof e.label === 'string' && e.label.trim() !== '' ? `the edge ${quoted(e.label)}` : `the edge ${nodeName(e.from) ?? quoted(e.from)} → ${nodeName(e.to) ?? quoted(e.to)}`;
    }
    return undefined;
  };
}

function safely(make: () => NamedElements | undefined): NamedElements | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/**
 * A history label with the ids of nodes and edges put in words: “Set label of visit” →
 * “Set label of ‘Call back’”. Only the places the editing commands put an id are read, so a field
 * name that happens to be an id stays as it is; ids nothing knows stay as they are.
 */
export function versionWords(label: string, nameOf: NameOf): string {
  const more = MORE.exec(label)?.[1] ?? '';
  const text = more ? label.slice(0, -more.length) : label;
  const n = (id: string) => nameOf(id) ?? id;
  const rules: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [new RegExp(`^Rename ${ID} to ${ID}$`), (m) => (nameOf(m[2]!) ? `Rename the id of ${n(m[2]!)}: ${m[1]} → ${m[2]}` : undefined)],
    [new RegExp(`^(Set .+ of |Start journey at )${ID}$`), (m) => (nameOf(m[2]!) ? `${m[1]}${n(m[2]!)}` : undefined)],
    [new RegExp(`^Move ${ID}( to .+)?$`), (m) => (nameOf(m[1]!) ? `Move ${n(m[1]!)}${m[2] ?? ''}` : undefined)],
    [new RegExp(`^Add ([a-z]+) ${ID}$`), (m) => (nameOf(m[2]!) ? `Add ${m[1]} ${n(m[2]!)}` : undefined)],
    [new RegExp(`^Connect ${ID} → ${ID}$`), (m) => `Connect ${n(m[1]!)} → ${n(m[2]!)}`],
    [new RegExp(`^Reconnect ${ID}: ${ID} → ${ID}$`), (m) => `Reconnect ${n(m[1]!)}: ${n(m[2]!)} → ${n(m[3]!)}`],
  ];
  for (const [re, words] of rules) {
    const m = re.exec(text);
    const out = m ? words(m) : undefined;
    if (out !== undefined) return `${out}${more}`;
  }
  return label;
}
