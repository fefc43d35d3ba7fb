import { formatDocument } from '../../runtime/model/formatDocument';
import type { DocumentKind } from '../../runtime/model/parseDocument';
import { createFile, freePath } from '../storage/fileRepository';
import { flushValidation, addDoc } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { log, notify } from '../state/uiActions';
import { openDocument } from '../app/fileActions';
import { services } from '../app/workbenchServices';
import { clearDocument } from 'y-indexeddb';
import { SharedConnection, storeName } from './sharedConnection';
import { getBindings, setBinding, shareLink, type ShareProfile, type ShareTarget } from './shareSettings';

/** The open connections of this tab, by local file id. */
const connections = new Map<string, SharedConnection>();

// A shared file deleted here (or in another tab) stops being shared here.
useWorkspace.subscribe((s, prev) => {
  for (const id of connections.keys()) if (prev.docs[id] && !s.docs[id]) void stopSharing(id, true);
});

export const connectionOf = (docId: string) => connections.get(docId);

const user = (p: ShareProfile) => ({ name: p.name, colour: p.colour });

/** Share a workspace file: connect, and seed the server's document with it (once, only when it is empty there). */
export async function shareFile(docId: string, target: ShareTarget, profile: ShareProfile): Promise<void> {
  const doc = useWorkspace.getState().docs[docId];
  if (!doc || connections.has(docId)) return;
  flushValidation(docId);
  const present = useWorkspace.getState().docs[docId]?.history?.present;
  if (!present) {
    notify(`${doc.path} is not a valid document yet: fix its problems, then share it`, 'warning');
    return;
  }
  // A copy left in this browser by an earlier share of the same name is not this file's.
  await clearDocument(storeName(target));
  const fresh = new SharedConnection(target, profile.token, user(profile));
  try {
    await fresh.persistence.whenSynced;
    await fresh.whenSynced();
    if (fresh.content()) {
      await fresh.close(true);
      notify(`${target.room} is already shared on ${target.server}: open it with Open Shared File…, or rename this file and share it again`, 'warning');
      return;
    }
    fresh.seed(present as unknown as Record<string, unknown>);
    fresh.attach(docId);
    connections.set(docId, fresh);
    await setBinding(services().db, docId, { ...target, token: profile.token });
    log(`Sharing ${doc.path} on ${target.server} as ${target.room}`);
    notify(`Sharing ${doc.path}: others open it with Open Shared File… (${target.server}, ${target.room}) or the link`, 'info', [{ label: 'Copy Link', run: () => void copyShareLink(docId) }]);
  } catch (e) {
    await fresh.close(true).catch(() => {});
    notify(`Could not share ${doc.path}: ${(e as Error).message}`, 'error');
  }
}

/** Join a shared file: its content comes from the server (never seeded here) into a new local file, or the one already joined. */
export async function openSharedFile(target: ShareTarget, profile: ShareProfile): Promise<void> {
  for (const [id, c] of connections) {
    if (c.target.server === target.server && c.target.room === target.room) return openDocument(id);
  }
  const connection = new SharedConnection(target, profile.token, user(profile));
  try {
    await connection.persistence.whenSynced;
    await connection.whenSynced();
    const content = connection.content();
    if (!content) {
      await connection.close(true);
      notify(`Nothing is shared as ${target.room} on ${target.server} yet: the one who shares it uses Share File…`, 'warning');
      return;
    }
    const { db, channel } = services();
    const kind: DocumentKind = target.room.endsWith('.cohort.json') ? 'cohort' : 'journey';
    const file = await createFile(db, { path: await freePath(db, target.room), kind, text: formatDocument(content), label: `Joined from ${target.server}` });
    addDoc(file);
    connection.attach(file.id);
    connections.set(file.id, connection);
    await setBinding(db, file.id, { ...target, token: profile.token });
    channel.post({ type: 'files-changed' });
    openDocument(file.id);
    log(`Joined ${target.room} on ${target.server} as ${file.path}`);
  } catch (e) {
    await connection.close(true).catch(() => {});
    notify(`Could not open ${target.room}: ${(e as Error).message}`, 'error');
  }
}

/** Reconnect the files shared before (at start): from this browser's copy at once, the server when it answers. */
export async function resumeSharedFiles(profile: ShareProfile | undefined): Promise<void> {
  const { db } = services();
  const bindings = await getBindings(db);
  await Promise.all(
    Object.entries(bindings).map(async ([docId, target]) => {
      if (!useWorkspace.getState().docs[docId]) return setBinding(db, docId, undefined);
      const connection = new SharedConnection(target, target.token ?? profile?.token ?? '', user(profile ?? { server: '', token: '', name: 'Someone', colour: '#4f8cff' }));
      connections.set(docId, connection);
      await connection.persistence.whenSynced;
      // Nothing kept here (storage cleared): wait for the server, never write into an empty document.
      if (!connection.content()) await waitForContent(connection);
      if (connections.get(docId) === connection) connection.attach(docId);
    }),
  );
}

function waitForContent(c: SharedConnection): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!c.content()) return;
      c.ydoc.off('update', check);
      resolve();
    };
    c.ydoc.on('update', check);
  });
}

/** Stop sharing here: disconnect and forget; the local file stays, with its last content. */
export async function stopSharing(docId: string, deleted = false): Promise<void> {
  const c = connections.get(docId);
  if (!c) return;
  connections.delete(docId);
  await c.close(true);
  await setBinding(services().db, docId, undefined);
  const path = useWorkspace.getState().docs[docId]?.path ?? c.target.room;
  log(`Stopped sharing ${path}`);
  if (!deleted) notify(`${path} is no longer shared from this browser: it stays here as an ordinary file`);
}

export async function copyShareLink(docId: string): Promise<string | undefined> {
  const c = connections.get(docId);
  if (!c) return undefined;
  const link = shareLink(location.href, c.target);
  try {
    await navigator.clipboard.writeText(link);
    notify('The link to this shared file is on the clipboard (the token is not in it)');
  } catch {
    notify(`Link to this shared file: ${link}`);
  }
  return link;
}

/** Close every connection (the workbench stops), keeping the copies in this browser. */
export async function closeAllConnections(): Promise<void> {
  const all = [...connections.values()];
  connections.clear();
  await Promise.all(all.map((c) => c.close()));
}
