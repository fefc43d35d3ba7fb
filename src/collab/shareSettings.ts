import type { JourneyDb } from '../storage/journeyDb';
import { getSetting, setSetting } from '../storage/settingsRepository';

/** What "Share File…" remembers for next time (settings, in this browser). */
export interface ShareProfile {
  server: string;
  token: string;
  name: string;
  colour: string;
}

/** Where a local file is shared: the server and the document's name there. */
export interface ShareTarget {
  server: string;
  room: string;
}

export const DEFAULT_SERVER = 'ws://127.0.0.1:1234';
const PROFILE_KEY = 'collab.profile';
const BINDINGS_KEY = 'collab.bindings';

export const getProfile = (db: JourneyDb) => getSetting<ShareProfile | undefined>(db, PROFILE_KEY, undefined);
export const setProfile = (db: JourneyDb, profile: ShareProfile) => setSetting(db, PROFILE_KEY, profile);

/** A shared file of this workspace: where it is shared, with the token it was shared or opened with. */
export interface Binding extends ShareTarget {
  token?: string;
}

/** The shared files of this workspace, by local file id: reconnected when the workbench starts. */
export async function getBindings(db: JourneyDb): Promise<Record<string, Binding>> {
  const value = await getSetting<unknown>(db, BINDINGS_KEY, {});
  const out: Record<string, Binding> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [id, t] of Object.entries(value as Record<string, unknown>)) {
    const target = t as Partial<Binding> | undefined;
    if (typeof target?.server !== 'string' || typeof target.room !== 'string') continue;
    out[id] = { server: target.server, room: target.room, ...(typeof target.token === 'string' ? { token: target.token } : {}) };
  }
  return out;
}

export async function setBinding(db: JourneyDb, docId: string, target: Binding | undefined): Promise<void> {
  const all = await getBindings(db);
  if (target) all[docId] = target;
  else delete all[docId];
  await setSetting(db, BINDINGS_KEY, all);
}

/** A server address as typed: `host:port` or `http(s)://…` become the WebSocket URL. */
export function serverUrl(typed: string): string | undefined {
  const t = typed.trim();
  if (!t) return undefined;
  const withScheme = /^[a-z]+:\/\//i.test(t) ? t : `ws://${t}`;
  let url: URL;
  try {
    url = new URL(withScheme.replace(/^http/i, 'ws'));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return undefined;
  if (url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
  return `${url.protocol}//${url.host}`;
}

/** The link that opens a shared file in another workbench: this page with `#share=<server>&file=<name>`. */
export function shareLink(page: string, target: ShareTarget): string {
  const base = page.replace(/#.*$/, '');
  return `${base}#share=${encodeURIComponent(target.server)}&file=${encodeURIComponent(target.room)}`;
}

/** The shared file a link names (its hash), if any. */
export function parseShareLink(hash: string): ShareTarget | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const server = serverUrl(params.get('share') ?? '');
  const room = params.get('file');
  return server && room ? { server, room } : undefined;
}
