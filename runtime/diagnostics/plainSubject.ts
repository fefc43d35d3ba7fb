import type { Diagnostic, JsonPath } from './diagnostic';
import { edgePlace, journeyPlace, nodePlace, placeText, teamPlace } from './inspectorPlace';

/** The parts of a document the plain messages name (a journey; a cohort or nothing names none). */
export interface PlainDocument {
  nodes?: readonly { id: string; kind?: string; label?: string; [k: string]: unknown }[];
  edges?: readonly { id: string; from: string; to: string; event?: string | undefined; after?: unknown; always?: unknown; [k: string]: unknown }[];
  stages?: readonly { id: string; name?: string }[] | undefined;
  teams?: readonly { id: string; name?: string }[] | undefined;
}

type DocNode = NonNullable<PlainDocument['nodes']>[number];
type DocEdge = NonNullable<PlainDocument['edges']>[number];

/**
 * What a plain message is about, looked up in the document as it is now (not as it was linted):
 * a node is named by its current label, so a rename shows at once.
 */
export interface PlainSubject {
  d: Diagnostic;
  /** ‘Call back’: the node the diagnostic is about, by its label. */
  node?: string;
  /** The current node itself. */
  nodeValue?: DocNode;
  /** The edge the diagnostic is about, its current value. */
  edgeValue?: DocEdge;
  /** “the edge from ‘Visit’ to ‘Applied’” */
  edge?: string;
  /** ‘Advisors’: the team the diagnostic is about. */
  team?: string;
  /** Where the inspector shows it: “Simulation › Probability p”. */
  place?: string;
  /** The field alone: “Probability p”. */
  field?: string;
  /** The value at the diagnostic's path now, when it is a short text or a number: “3 days”. */
  value?: string;
  /** A node, stage or team of the current document by its name: ‘Call back’. */
  name(id: string): string;
}

const MAX_NAME = 48;

/** ‘Call back’: a name in quotes, cut when it is long. Document text: shown as text, never as markup. */
export function quoted(name: string): string {
  const one = name.replace(/\s+/g, ' ').trim();
  return `‘${one.length > MAX_NAME ? `${one.slice(0, MAX_NAME - 1)}…` : one}’`;
}

interface Names {
  nodes: Map<string, DocNode>;
  edges: Map<string, DocEdge>;
  stages: Map<string, string>;
  teams: Map<string, string>;
}

// Built once per document value (documents are immutable: an edit makes a new one).
const cache = new WeakMap<object, Names>();

function namesOf(doc: PlainDocument): Names {
  let n = cache.get(doc);
  if (n) return n;
  n = { nodes: new Map(), edges: new Map(), stages: new Map(), teams: new Map() };
  for (const x of doc.nodes ?? []) if (!n.nodes.has(x.id)) n.nodes.set(x.id, x);
  for (const x of doc.edges ?? []) if (!n.edges.has(x.id)) n.edges.set(x.id, x);
  for (const x of doc.stages ?? []) if (!n.stages.has(x.id)) n.stages.set(x.id, x.name || x.id);
  for (const x of doc.teams ?? []) if (!n.teams.has(x.id)) n.teams.set(x.id, x.name || x.id);
  cache.set(doc, n);
  return n;
}

const isDoc = (doc: unknown): doc is PlainDocument => typeof doc === 'object' && doc !== null && Array.isArray((doc as PlainDocument).nodes);

/** The subject of a diagnostic in a document (a journey, or anything else: then only the path's place). */
export function plainSubject(d: Diagnostic, doc: unknown): PlainSubject {
  const journey = isDoc(doc) ? doc : undefined;
  const names = journey ? namesOf(journey) : undefined;
  const nodeName = (id: string) => {
    const node = names?.nodes.get(id);
    if (node) return quoted(typeof node.label === 'string' && node.label.trim() !== '' ? node.label : node.id);
    const stage = names?.stages.get(id);
    if (stage !== undefined) return `the stage ${quoted(stage)}`;
    return quoted(id);
  };
  const s: PlainSubject = { d, name: nodeName };
  const path = d.path;
  const at = (list: readonly { id: string }[] | undefined, i: unknown) => (typeof i === 'number' ? list?.[i] : undefined);
  // The element: by its id when the diagnostic has one (ids survive edits elsewhere), else by the path.
  const edge = d.edgeId !== undefined ? names?.edges.get(d.edgeId) : path[0] === 'edges' ? (at(journey?.edges, path[1]) as DocEdge | undefined) : undefined;
  const nodeId = d.nodeId ?? (edge ? undefined : path[0] === 'nodes' ? at(journey?.nodes, path[1])?.id : undefined);
  const node = nodeId !== undefined ? names?.nodes.get(nodeId) : undefined;
  if (nodeId !== undefined) {
    s.node = nodeName(nodeId);
    if (node) s.nodeValue = node;
  }
  if (edge) {
    s.edgeValue = edge;
    s.edge = edge.label && typeof edge.label === 'string' ? `the edge ${quoted(edge.label)}` : `the edge from ${nodeName(edge.from)} to ${nodeName(edge.to)}`;
  } else if (d.edgeId !== undefined) s.edge = `the edge ${quoted(d.edgeId)}`;
  const rel = (base: number): JsonPath => path.slice(base);
  let place;
  if (path[0] === 'nodes' && typeof path[1] === 'number') place = nodePlace(node?.kind, rel(2));
  else if (path[0] === 'edges' && typeof path[1] === 'number') place = edgePlace(rel(2));
  else if (path[0] === 'teams' && typeof path[1] === 'number') {
    const team = at(journey?.teams, path[1]);
    if (team) s.team = quoted(names?.teams.get(team.id) ?? team.id);
    place = teamPlace(rel(2));
  } else if (journey) place = journeyPlace(path);
  const value = shownValue(valueAt(doc, path));
  if (value !== undefined) s.value = value;
  const text = placeText(place);
  if (text !== undefined) s.place = text;
  if (place?.field !== undefined) s.field = place.field;
  return s;
}

function valueAt(doc: unknown, path: JsonPath): unknown {
  let v = doc;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** “3 days”: a text or number value as a person typed it, cut when long. */
function shownValue(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return `“${v}”`;
  if (typeof v !== 'string') return undefined;
  const one = v.replace(/\s+/g, ' ').trim();
  return `“${one.length > 40 ? `${one.slice(0, 39)}…` : one}”`;
}
