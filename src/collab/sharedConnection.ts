import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createDocSession, type DocSession } from '../../runtime/collab/session/docSession';
import { readDoc } from '../../runtime/collab/readDoc';
import { seedDoc } from '../../runtime/collab/seedDoc';
import { peersOf, type Point, type PresenceUser } from '../../runtime/collab/session/presence';
import { useWorkspace } from '../state/workspaceStore';
import { bridgeDocument } from './docBridge';
import { patchShared, setShared, type SharedFileState } from './collabStore';
import { setPresenceOut, throttle } from './presenceOut';
import type { ShareTarget } from './shareSettings';

/** How often a cursor or a drag is sent at most. */
export const PRESENCE_INTERVAL_MS = 50;
/** How long sharing or joining waits for the server before it gives up. */
export const CONNECT_TIMEOUT_MS = 10_000;

type Json = Record<string, unknown>;

/**
 * One shared file's connection: its Y.Doc, kept in this browser (y-indexeddb, so edits made with
 * the server gone are kept and merge when it is back) and synced through the server
 * (y-websocket's provider; tabs of this browser also meet over its BroadcastChannel).
 */
export class SharedConnection {
  readonly ydoc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  private session: DocSession<Json> | undefined;
  private stops: (() => void)[] = [];
  private docId: string | undefined;
  private refused: { code: number; reason: string } | undefined;
  private everConnected = false;

  constructor(
    readonly target: ShareTarget,
    token: string,
    readonly self: PresenceUser,
  ) {
    this.persistence = new IndexeddbPersistence(storeName(target), this.ydoc);
    this.provider = new WebsocketProvider(target.server, encodeURIComponent(target.room), this.ydoc, { params: token ? { token } : {}, maxBackoffTime: 2000 });
    this.provider.awareness.setLocalState({ user: self, cursor: null, selection: { nodes: [], edges: [] }, drag: null });
    this.provider.on('closed', (e: { code: number; reason: string }) => {
      this.refused = e;
      this.patch({ status: 'refused', message: refusalText(e) });
    });
    this.provider.on('status', (e: { status: string }) => {
      if (this.refused) return;
      if (e.status === 'connected') this.everConnected = true;
      // Trying again after a lost connection is being offline (edits are kept here meanwhile).
      const status = e.status === 'connected' ? 'connected' : e.status === 'connecting' && !this.everConnected ? 'connecting' : 'offline';
      this.patch({ status, ...(status === 'connected' ? {} : { synced: false }) });
    });
    this.provider.on('sync', (synced: boolean) => this.patch({ synced }));
    const onAwareness = () => this.patch({ peers: peersOf(this.provider.awareness.getStates(), this.ydoc.clientID) });
    this.provider.awareness.on('change', onAwareness);
  }

  /** The shared document as it is here now (null while nothing has arrived). */
  content(): Json | null {
    return readDoc(this.ydoc);
  }

  /** Resolves when the server's stored content is here; rejects when refused or after the timeout. */
  whenSynced(timeoutMs = CONNECT_TIMEOUT_MS): Promise<void> {
    if (this.provider.synced) return Promise.resolve();
    if (this.refused) return Promise.reject(new Error(refusalText(this.refused)));
    return new Promise((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        this.provider.off('sync', onSync);
        this.provider.off('closed', onClosed);
        if (error) reject(error);
        else resolve();
      };
      const onSync = (synced: boolean) => synced && done();
      const onClosed = (e: { code: number; reason: string }) => done(new Error(refusalText(e)));
      const timer = setTimeout(() => done(new Error(`no answer from ${this.target.server}: is \`npm run journey -- serve\` running there?`)), timeoutMs);
      this.provider.on('sync', onSync);
      this.provider.on('closed', onClosed);
    });
  }

  /** Put the file's document in the shared one: only by the one who shares, once, into an empty document. */
  seed(value: Json): void {
    seedDoc(this.ydoc, value, 'seed');
  }

  /** Edit the workspace file `docId` through this connection (its content must be here). */
  attach(docId: string): void {
    if (!this.content()) throw new Error('attach: the shared document has not arrived yet');
    this.docId = docId;
    const initial: SharedFileState = { server: this.target.server, room: this.target.room, status: this.provider.wsconnected ? 'connected' : 'connecting', synced: this.provider.synced, self: this.self, peers: peersOf(this.provider.awareness.getStates(), this.ydoc.clientID) };
    if (this.refused) Object.assign(initial, { status: 'refused', message: refusalText(this.refused) });
    setShared(docId, initial);
    this.session = createDocSession(this.ydoc);
    this.stops.push(bridgeDocument(docId, this.session));
    const awareness = this.provider.awareness;
    this.stops.push(
      useWorkspace.subscribe((s, prev) => {
        const sel = s.selection[docId];
        if (sel && sel !== prev.selection[docId]) awareness.setLocalStateField('selection', { nodes: sel.nodes, edges: sel.edges });
      }),
    );
    const cursor = throttle((p: Point | null) => awareness.setLocalStateField('cursor', p), PRESENCE_INTERVAL_MS);
    const drag = throttle((d: Record<string, Point> | null) => awareness.setLocalStateField('drag', d), PRESENCE_INTERVAL_MS);
    setPresenceOut(docId, {
      cursor: (p) => cursor.push(p),
      drag: (d) => {
        drag.push(d);
        if (d === null) drag.flush();
      },
    });
    this.stops.push(() => {
      cursor.cancel();
      drag.cancel();
      setPresenceOut(docId, undefined);
    });
  }

  private patch(p: Partial<SharedFileState>): void {
    if (this.docId) patchShared(this.docId, p);
  }

  /** Disconnect; with `forget`, also drop the copy kept in this browser (Stop Sharing). */
  async close(forget = false): Promise<void> {
    this.stops.splice(0).forEach((s) => s());
    this.session?.destroy();
    if (this.docId) setShared(this.docId, undefined);
    this.provider.awareness.setLocalState(null);
    this.provider.destroy();
    if (forget) await this.persistence.clearData();
    else await this.persistence.destroy();
    this.ydoc.destroy();
  }
}

/** The IndexedDB database that keeps a shared file's Y.Doc in this browser. */
export const storeName = (t: ShareTarget) => `journey-studio-shared ${t.server} ${t.room}`;

export function refusalText(e: { code: number; reason: string }): string {
  if (e.code === 4401) return 'the server refused the token: check it (Share File… or Open Shared File… asks again)';
  if (e.code === 4404) return `the server refused the file name (${e.reason})`;
  if (e.code === 4422) return `the server rejected an edit (${e.reason}): open the shared file again`;
  if (e.code === 4413) return 'the shared document is too large for the server';
  return `the server closed the connection (${e.code}${e.reason ? ` ${e.reason}` : ''})`;
}
