import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJourneyDb, type JourneyDb } from './journeyDb';
import { createFile, deleteFile, freePath, lastTrashed, listFiles, listVersions, renameFile, restoreFromTrash, saveFile, uniquePath, VERSIONS_KEPT } from './fileRepository';

let db: JourneyDb;
let n = 0;
beforeEach(() => {
  db = openJourneyDb(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('fileRepository', () => {
  it('creates a file at revision 1 with a first version', async () => {
    const f = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: '{}' });
    expect(f.rev).toBe(1);
    expect((await listFiles(db)).map((x) => x.path)).toEqual(['a.journey.json']);
    expect((await listVersions(db, f.id)).map((v) => v.label)).toEqual(['Created']);
    await expect(createFile(db, { path: 'a.journey.json', kind: 'journey', text: '{}' })).rejects.toThrow(/already exists/);
  });

  it('saves when the base revision is current, and adds a version per save', async () => {
    const f = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: 'v1' });
    const r = await saveFile(db, { id: f.id, text: 'v2', baseRev: 1, label: 'Edit' });
    expect(r.status).toBe('saved');
    expect(r.status === 'saved' && r.file.rev).toBe(2);
    const versions = await listVersions(db, f.id);
    expect(versions.map((v) => [v.rev, v.text, v.label])).toEqual([[2, 'v2', 'Edit'], [1, 'v1', 'Created']]);
  });

  it('keeps the raw text even when it is not valid JSON', async () => {
    const f = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: '{}' });
    await saveFile(db, { id: f.id, text: '{ "broken": ', baseRev: 1, label: 'Edit source' });
    expect((await db.files.get(f.id))?.text).toBe('{ "broken": ');
  });

  it('refuses to overwrite a newer revision (another tab saved) unless forced', async () => {
    const f = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: 'v1' });
    await saveFile(db, { id: f.id, text: 'theirs', baseRev: 1, label: 'Other tab' });
    const mine = await saveFile(db, { id: f.id, text: 'mine', baseRev: 1, label: 'Mine' });
    expect(mine.status).toBe('conflict');
    expect(mine.status === 'conflict' && mine.theirs.text).toBe('theirs');
    expect((await db.files.get(f.id))?.text).toBe('theirs');
    const forced = await saveFile(db, { id: f.id, text: 'mine', baseRev: 2, label: 'Mine', force: true });
    expect(forced.status === 'saved' && forced.file.rev).toBe(3);
  });

  it('reports a missing file', async () => {
    expect((await saveFile(db, { id: 'nope', text: '', baseRev: 1, label: 'x' })).status).toBe('missing');
  });

  it('prunes the oldest versions beyond the limit', async () => {
    const f = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: 'v1' });
    let rev = 1;
    for (let i = 0; i < VERSIONS_KEPT + 5; i++) {
      const r = await saveFile(db, { id: f.id, text: `v${i}`, baseRev: rev, label: 'Edit' });
      if (r.status === 'saved') rev = r.file.rev;
    }
    const versions = await listVersions(db, f.id);
    expect(versions).toHaveLength(VERSIONS_KEPT);
    expect(versions[0]!.rev).toBe(rev);
  });

  it('renames, refusing a taken name', async () => {
    const a = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: '' });
    await createFile(db, { path: 'b.journey.json', kind: 'journey', text: '' });
    await expect(renameFile(db, a.id, 'b.journey.json')).rejects.toThrow(/already exists/);
    const renamed = await renameFile(db, a.id, 'c.journey.json');
    expect(renamed.path).toBe('c.journey.json');
    expect((await listFiles(db)).map((x) => x.path)).toEqual(['b.journey.json', 'c.journey.json']);
  });

  it('deletes to the trash and restores, with its versions', async () => {
    const a = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: 'keep me' });
    const trashId = await deleteFile(db, a.id);
    expect(await listFiles(db)).toEqual([]);
    expect((await lastTrashed(db))?.id).toBe(trashId);
    const back = await restoreFromTrash(db, trashId);
    expect(back.text).toBe('keep me');
    expect(back.id).toBe(a.id);
    expect((await listVersions(db, a.id)).length).toBe(1);
    expect(await lastTrashed(db)).toBeUndefined();
  });

  it('restores under a free name when the old one was taken meanwhile', async () => {
    const a = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: '' });
    const trashId = await deleteFile(db, a.id);
    await createFile(db, { path: 'a.journey.json', kind: 'journey', text: '' });
    expect((await restoreFromTrash(db, trashId)).path).toBe('a-2.journey.json');
  });

  it('finds free paths', async () => {
    await createFile(db, { path: 'new.journey.json', kind: 'journey', text: '' });
    expect(await freePath(db, 'new.journey.json')).toBe('new-2.journey.json');
    expect(uniquePath(new Set(['x.cohort.json', 'x-2.cohort.json']), 'x.cohort.json')).toBe('x-3.cohort.json');
    expect(uniquePath(new Set(['x-2.json']), 'x-2.json')).toBe('x-3.json');
  });
});

describe('fileRepository: broken text', () => {
  it('stores the last valid text beside broken text, and drops it once the text is valid again', async () => {
    const f = await createFile(db, { path: 'a.journey.json', kind: 'journey', text: '{}' });
    await saveFile(db, { id: f.id, text: '{ broken', validText: '{}', baseRev: 1, label: 'Edit source' });
    expect((await db.files.get(f.id))?.validText).toBe('{}');
    await saveFile(db, { id: f.id, text: '{ }', baseRev: 2, label: 'Edit source' });
    expect((await db.files.get(f.id))?.validText).toBeUndefined();
  });
});
