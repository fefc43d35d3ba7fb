/**
 * Presence: what each person in a shared file shows the others through Yjs awareness (never
 * document content): name and colour, cursor on the map, selection, a drag in progress. A peer's
 * state is untrusted input: it is read field by field, with limits, and a colour is kept only when
 * it is a plain `#rrggbb` (it ends up in a style).
 */
export interface PresenceUser {
  name: string;
  colour: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface PresenceState {
  user: PresenceUser;
  /** The pointer on the map, in flow coordinates; null when it is off the map. */
  cursor: Point | null;
  selection: { nodes: string[]; edges: string[] };
  /** Nodes being dragged and where they are now (written into the document only on drop). */
  drag: Record<string, Point> | null;
}

export interface Peer extends PresenceState {
  clientId: number;
}

export const NAME_LIMIT = 40;
const ID_LIMIT = 200;
const LIST_LIMIT = 500;
export const DEFAULT_COLOUR = '#4f8cff';

/** Colours offered to someone who has not chosen one: distinct, readable on both themes. */
export const PRESENCE_COLOURS = ['#e5534b', '#f0883e', '#d4a72c', '#57ab5a', '#39c5cf', '#4f8cff', '#a371f7', '#db61a2'] as const;

export function validColour(value: unknown): string | undefined {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : undefined;
}

export function cleanName(value: unknown): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const text = typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim() : '';
  return [...text].slice(0, NAME_LIMIT).join('') || 'Someone';
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e7;

function pointOf(v: unknown): Point | null {
  if (!v || typeof v !== 'object') return null;
  const { x, y } = v as Record<string, unknown>;
  return finite(x) && finite(y) ? { x, y } : null;
}

function idsOf(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === 'string' && x.length <= ID_LIMIT).slice(0, LIST_LIMIT);
}

function dragOf(v: unknown): Record<string, Point> | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const out: Record<string, Point> = Object.create(null) as Record<string, Point>;
  let n = 0;
  for (const [id, p] of Object.entries(v as Record<string, unknown>)) {
    const point = pointOf(p);
    if (!point || id.length > ID_LIMIT || ++n > LIST_LIMIT) continue;
    out[id] = point;
  }
  return n > 0 ? out : null;
}

/** One awareness state read as presence; undefined when it holds no user. */
export function presenceOf(state: unknown): PresenceState | undefined {
  if (!state || typeof state !== 'object') return undefined;
  const s = state as Record<string, unknown>;
  const user = s.user as Record<string, unknown> | undefined;
  if (!user || typeof user !== 'object') return undefined;
  const selection = (s.selection ?? {}) as Record<string, unknown>;
  return {
    user: { name: cleanName(user.name), colour: validColour(user.colour) ?? DEFAULT_COLOUR },
    cursor: pointOf(s.cursor),
    selection: { nodes: idsOf(selection.nodes), edges: idsOf(selection.edges) },
    drag: dragOf(s.drag),
  };
}

/** The others in the file (every awareness state but one's own), in a stable order. */
export function peersOf(states: ReadonlyMap<number, unknown>, selfId: number): Peer[] {
  const out: Peer[] = [];
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue;
    const p = presenceOf(state);
    if (p) out.push({ clientId, ...p });
  }
  return out.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** A colour for someone new, from their name (the same name gets the same colour). */
export function colourFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return PRESENCE_COLOURS[h % PRESENCE_COLOURS.length]!;
}
