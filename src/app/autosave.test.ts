import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJourneyDb, type JourneyDb } from '../storage/journeyDb';
import { createFile, listVersions, saveFile } from '../storage/fileRepository';
import type { SaveChannel, SaveMessage } from '../storage/saveChannel';
import { loadDocs, editDocument, typeText, flushValidation } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { useUi } from '../state/uiStore';
import { journeyOf, saveStateOf } from '../state/documentState';
import { formatDocument } from '../../runtime/model/formatDocument';
import { updateNode } from '../../runtime/model/ops';
import { minimalJourney } from '../../runtime/testing/minimalJourney';
import { keepMine, reloadTheirs, startAutosave, versionLabel, type Autosave } from './autosave';

function memoryChannel(): SaveChannel & { sent: unknown[]; receive(m: SaveMessage): void } {
  const listeners = new Set<(m: SaveMessage) => void>();
  const sent: unknown[] = [];
  return { tabId: 'me', sent, post: (m) => void sent.push(m), onMessage: (l) => (listeners.add(l), () => listeners.delete(l)), close() {}, receive: (m) => listeners.forEach((l) => l(m)) };
}

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

let db: JourneyDb;
let channel: ReturnType<typeof memoryChannel>;
let autosave: Autosave;
let fileId: string;
let n = 0;

beforeEach(async () => {
  db = openJourneyDb(`autosave-${++n}`);
  channel = memoryChannel();
  const f = await createFile(db, { path: 'mini.journey.json', kind: 'journey', text: formatDocument(minimalJourney()) });
  fileId = f.id;
  useUi.setState({ conflicts: [] });
  loadDocs([f]);
  autosave = startAutosave(db, channel, 10);
});

afterEach(async () => {
  autosave.stop();
  await db.delete();
});

const doc = () => useWorkspace.getState().docs[fileId]!;

describe('autosave', () => {
  it('saves an edit shortly after, as a version labelled with the edit, and tells other tabs', async () => {
    editDocument(fileId, updateNode(journeyOf(doc())!, 'visit', { label: 'Landing' }), 'Rename node');
    expect(saveStateOf(doc())).toBe('unsaved');
    await until(() => saveStateOf(doc()) === 'saved');
    const stored = await db.files.get(fileId);
    expect(stored?.text).toContain('Landing');
    expect(stored?.rev).toBe(2);
    expect((await listVersions(db, fileId))[0]?.label).toBe('Rename node');
    expect(channel.sent).toContainEqual({ type: 'saved', fileId, rev: 2 });
  });

  it('persists broken text as typed, with the last valid version', async () => {
    typeText(fileId, '{ "format": ');
    flushValidation(fileId);
    await until(() => saveStateOf(doc()) === 'saved');
    const stored = await db.files.get(fileId);
    expect(stored?.text).toBe('{ "format": ');
    expect(stored?.validText).toContain('"mini"');
  });

  it('never overwrites another tab’s save: it asks', async () => {
    await saveFile(db, { id: fileId, text: 'theirs', baseRev: 1, label: 'Other tab' });
    typeText(fileId, formatDocument({ ...minimalJourney(), name: 'Mine' }));
    await until(() => useUi.getState().conflicts.length === 1);
    expect((await db.files.get(fileId))?.text).toBe('theirs');
    await keepMine(db, channel, fileId);
    expect((await db.files.get(fileId))?.text).toContain('Mine');
    expect(useUi.getState().conflicts).toEqual([]);
  });

  it('keeping mine while an autosave wakes up does not raise a conflict with itself', async () => {
    await saveFile(db, { id: fileId, text: 'theirs', baseRev: 1, label: 'Other tab' });
    typeText(fileId, formatDocument({ ...minimalJourney(), name: 'Mine' }));
    await until(() => useUi.getState().conflicts.length === 1);
    // The autosave runs while "Keep mine" writes (as a timer set before the conflict would, on a
    // loaded machine): it must wait for that write, not save the text again on the old revision.
    await Promise.all([keepMine(db, channel, fileId), autosave.flush()]);
    await autosave.flush();
    expect(useUi.getState().conflicts).toEqual([]);
    expect((await db.files.get(fileId))?.text).toContain('Mine');
    expect(saveStateOf(doc())).toBe('saved');
  });

  it('never takes its own save for another tab’s: a late notice while "Keep mine" writes asks nothing', async () => {
    await saveFile(db, { id: fileId, text: 'theirs', baseRev: 1, label: 'Other tab' });
    typeText(fileId, formatDocument({ ...minimalJourney(), name: 'Mine' }));
    await until(() => useUi.getState().conflicts.length === 1);
    // "Keep mine" writes revision 3; the other tab's notice of its revision 2 arrives meanwhile,
    // and the user goes on typing: the stored revision 3 is this tab's own, not a new conflict.
    const keeping = keepMine(db, channel, fileId);
    channel.receive({ type: 'saved', fileId, rev: 2, from: 'other' });
    typeText(fileId, formatDocument({ ...minimalJourney(), name: 'Mine, still typing' }));
    await keeping;
    await autosave.flush();
    await until(() => saveStateOf(doc()) === 'saved');
    await new Promise((r) => setTimeout(r, 50));
    expect(useUi.getState().conflicts).toEqual([]);
    expect((await db.files.get(fileId))?.text).toContain('Mine, still typing');
  });

  it('reloads theirs on request, keeping mine as a version', async () => {
    await saveFile(db, { id: fileId, text: formatDocument({ ...minimalJourney(), name: 'Theirs' }), baseRev: 1, label: 'Other tab' });
    typeText(fileId, formatDocument({ ...minimalJourney(), name: 'Mine' }));
    await until(() => useUi.getState().conflicts.length === 1);
    await reloadTheirs(db, fileId);
    expect(journeyOf(doc())?.name).toBe('Theirs');
    expect(saveStateOf(doc())).toBe('saved');
    expect((await listVersions(db, fileId)).some((v) => v.text.includes('Mine'))).toBe(true);
  });

  it('takes another tab’s save silently when this tab has no unsaved change', async () => {
    await saveFile(db, { id: fileId, text: formatDocument({ ...minimalJourney(), name: 'Theirs' }), baseRev: 1, label: 'Other tab' });
    channel.receive({ type: 'saved', fileId, rev: 2, from: 'other' });
    await until(() => journeyOf(doc())?.name === 'Theirs');
    expect(doc().rev).toBe(2);
    expect(useUi.getState().conflicts).toEqual([]);
  });

  it('asks when another tab saves while this one has unsaved changes', async () => {
    typeText(fileId, formatDocument({ ...minimalJourney(), name: 'Mine' }));
    await saveFile(db, { id: fileId, text: 'theirs', baseRev: 1, label: 'Other tab' });
    channel.receive({ type: 'saved', fileId, rev: 2, from: 'other' });
    await until(() => useUi.getState().conflicts.length === 1);
  });

  it('labels versions by their edits', () => {
    expect(versionLabel([])).toBe('Save');
    expect(versionLabel(['Move node'])).toBe('Move node');
    expect(versionLabel(['Add node', 'Move node', 'Connect'])).toBe('Connect (+2 more)');
  });
});
