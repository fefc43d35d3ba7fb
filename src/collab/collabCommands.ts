import { commands, type Disposer } from '../commands/commandRegistry';
import { activeDoc, targetDoc } from '../app/activeDocument';
import { services } from '../app/workbenchServices';
import { log, notify, promptText } from '../state/uiActions';
import { parseDocumentName } from '../../runtime/collab/server/documentName';
import { cleanName, colourFor, validColour } from '../../runtime/collab/session/presence';
import { isShared, useCollab } from './collabStore';
import { DEFAULT_SERVER, getBindings, getProfile, parseShareLink, serverUrl, setProfile, type ShareProfile, type ShareTarget } from './shareSettings';

/** The connection code (Yjs, the provider, the offline store) loads only when a file is shared. */
const sharing = () => import('./sharing');

/** Ask for the server, the token, one's name and colour (each prefilled with what was given last time). */
async function askProfile(server?: string): Promise<ShareProfile | undefined> {
  const { db } = services();
  const last = await getProfile(db);
  const address = await promptText({
    title: 'Sync server address (started with npm run journey -- serve)',
    value: server ?? last?.server ?? DEFAULT_SERVER,
    placeholder: 'ws://host:port',
    validate: (v) => (serverUrl(v) ? undefined : 'A server address such as ws://127.0.0.1:1234 or 192.168.1.20:1234'),
  });
  if (address === undefined) return undefined;
  const token = await promptText({ title: 'Token of the server (empty when it has none)', value: last?.token ?? '', placeholder: 'the --token the server was started with' });
  if (token === undefined) return undefined;
  const name = await promptText({ title: 'Your name, as the others see it', value: last?.name ?? '', placeholder: 'e.g. Ana (CX)', validate: (v) => (v.trim() ? undefined : 'Give a name the others will recognise') });
  if (name === undefined) return undefined;
  const colour = await promptText({
    title: 'Your colour (#rrggbb), for your cursor and selection',
    value: last?.colour ?? colourFor(name.trim()),
    validate: (v) => (validColour(v.trim()) ? undefined : 'A colour as #rrggbb, e.g. #e5534b'),
  });
  if (colour === undefined) return undefined;
  const profile: ShareProfile = { server: serverUrl(address)!, token: token.trim(), name: cleanName(name), colour: validColour(colour.trim())! };
  await setProfile(db, profile);
  return profile;
}

const roomProblem = (name: string) => {
  const r = parseDocumentName(encodeURIComponent(name));
  return typeof r === 'string' ? r : undefined;
};

async function shareCommand(arg?: unknown): Promise<void> {
  const doc = targetDoc(arg);
  if (!doc) return;
  if (isShared(doc.id)) {
    notify(`${doc.path} is shared already: Copy Link to Shared File gives the link`);
    return;
  }
  const profile = await askProfile();
  if (!profile) return;
  const problem = roomProblem(doc.path);
  if (problem) {
    notify(`${doc.path} cannot be shared under that name: ${problem}`, 'warning');
    return;
  }
  await (await sharing()).shareFile(doc.id, { server: profile.server, room: doc.path }, profile);
}

/** Join a shared file: given a link's target, or asked for (a file name, or a pasted link). */
export async function openSharedCommand(given?: unknown): Promise<void> {
  const preset = given && typeof given === 'object' ? (given as ShareTarget) : undefined;
  const profile = await askProfile(preset?.server);
  if (!profile) return;
  let target: ShareTarget | undefined = preset ? { server: profile.server, room: preset.room } : undefined;
  if (!target) {
    const typed = await promptText({
      title: 'Shared file to open: its name on the server, or the link',
      value: '',
      placeholder: 'e.g. mortgage-preapproval.journey.json',
      validate: (v) => (linkTarget(v) ? undefined : roomProblem(v.trim())),
    });
    if (!typed) return;
    target = linkTarget(typed) ?? { server: profile.server, room: typed.trim() };
  }
  await (await sharing()).openSharedFile(target, profile);
}

function linkTarget(typed: string): ShareTarget | undefined {
  try {
    return parseShareLink(new URL(typed.trim()).hash);
  } catch {
    return undefined;
  }
}

const anyShared = () => Object.keys(useCollab.getState().byDoc).length > 0;

/** Share File…, Open Shared File…, Stop Sharing, Copy Link (palette and the explorer's menu). */
export function registerCollabCommands(): Disposer {
  const withShared = (run: (id: string) => unknown) => async (arg?: unknown) => {
    const doc = targetDoc(arg);
    if (doc && isShared(doc.id)) await run(doc.id);
  };
  const disposers = [
    commands.register({ id: 'collab.shareFile', title: 'Share File…', category: 'File', when: () => !!activeDoc(), run: shareCommand }),
    commands.register({ id: 'collab.openSharedFile', title: 'Open Shared File…', category: 'File', run: openSharedCommand }),
    commands.register({ id: 'collab.stopSharing', title: 'Stop Sharing', category: 'File', when: anyShared, run: withShared(async (id) => (await sharing()).stopSharing(id)) }),
    commands.register({ id: 'collab.copyShareLink', title: 'Copy Link to Shared File', category: 'File', when: anyShared, run: withShared(async (id) => (await sharing()).copyShareLink(id)) }),
  ];
  return () => disposers.forEach((d) => d());
}

/** At start: reconnect the files shared before, and open the shared file a link names (`#share=…&file=…`). */
export function startSharing(): () => void {
  const { db } = services();
  void (async () => {
    const bindings = await getBindings(db);
    if (Object.keys(bindings).length > 0) await (await sharing()).resumeSharedFiles(await getProfile(db));
  })().catch((e: Error) => log(`Could not reconnect the shared files: ${e.message}`, 'error'));
  const fromLink = () => {
    const target = parseShareLink(location.hash);
    if (!target) return;
    history.replaceState(null, '', location.pathname + location.search);
    void openSharedCommand(target);
  };
  fromLink();
  addEventListener('hashchange', fromLink);
  return () => {
    removeEventListener('hashchange', fromLink);
    if (Object.keys(useCollab.getState().byDoc).length > 0) void sharing().then((m) => m.closeAllConnections());
  };
}
