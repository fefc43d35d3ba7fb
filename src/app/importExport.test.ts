import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJourneyDb, type JourneyDb } from '../storage/journeyDb';
import { createFile, listFiles } from '../storage/fileRepository';
import type { SaveChannel } from '../storage/saveChannel';
import { flushValidation, loadDocs, typeText } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { useLayout, initialLayout, activeTab } from '../state/layoutStore';
import { useUi } from '../state/uiStore';
import { clearNotifications } from '../state/notificationService';
import { formatDocument } from '../../runtime/model/formatDocument';
import { formatDiagnostic } from '../../runtime/diagnostics/diagnostic';
import { validateText } from '../../runtime/lint/validateText';
import { MAX_DOCUMENT_BYTES } from '../../runtime/model/documentLimits';
import { minimalCohort, minimalJourney } from '../../runtime/testing/minimalJourney';
import { fileNameFor } from './fileActions';
import { exportDocument, importFiles } from './importExport';
import type { ImportFile } from './readImportFile';
import { setServices } from './workbenchServices';
import { refusalOf } from '../exports/exportableJourney';
import { cohortAt } from '../simulation/cohortFiles';

const channel: SaveChannel = { tabId: 'me', post: () => {}, onMessage: () => () => {}, close() {} };
const file = (name: string, ...parts: (string | number[])[]) => new File(parts.map((p) => (typeof p === 'string' ? p : new Uint8Array(p))), name);
const docAt = (path: string) => Object.values(useWorkspace.getState().docs).find((d) => d.path === path);
const toasts = () => useUi.getState().notifications.map((n) => `${n.severity}: ${n.message}`);
/** What the editor and the Problems panel show of a problem. */
const shown = (ds: readonly { code: string; severity: string; message: string; start?: unknown }[]) => ds.map(({ code, severity, message, start }) => ({ code, severity, message, start }));

const BROKEN = '{\n  "format": "journey/1",\n  "id": "x",\n  "name": "X",\n  "nodes": [\n';

let db: JourneyDb;
let n = 0;

beforeEach(() => {
  db = openJourneyDb(`import-${++n}`);
  setServices({ db, channel });
  loadDocs([]);
  useLayout.setState(initialLayout());
  useUi.setState({ output: [] });
  clearNotifications();
});

afterEach(async () => {
  clearNotifications();
  setServices(undefined);
  await db.delete();
});

describe('importFiles', () => {
  it('a journey with a syntax error comes in, opens in its Source, with the problems the editor and the CLI give for that text', async () => {
    const [imported] = await importFiles([file('broken.journey.json', BROKEN)]);
    const doc = docAt('broken.journey.json')!;
    expect(imported!.doc.id).toBe(doc.id);
    expect(doc.text).toBe(BROKEN);
    expect(doc.broken).toBe(true);
    expect(activeTab(useLayout.getState())).toMatchObject({ docId: doc.id, kind: 'source' });
    expect(useLayout.getState()).toMatchObject({ panelOpen: true, panelTab: 'problems' });
    // The CLI's lines for this text…
    const cli = validateText(BROKEN, { file: 'broken.journey.json' }).diagnostics;
    expect(cli.map(formatDiagnostic)).toEqual([expect.stringMatching(/^broken\.journey\.json:6:1: error J001 invalid JSON/)]);
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual(cli.map(formatDiagnostic));
    // …and what the editor shows when the same text is typed into a file.
    const typed = await createFile(db, { path: 'typed.journey.json', kind: 'journey', text: formatDocument(minimalJourney()) });
    loadDocs([...(await listFiles(db))]);
    typeText(typed.id, BROKEN);
    flushValidation(typed.id);
    expect(shown(useWorkspace.getState().docs[typed.id]!.diagnostics)).toEqual(shown(doc.diagnostics));
    // Kept in storage as it was.
    expect((await listFiles(db)).find((f) => f.path === 'broken.journey.json')?.text).toBe(BROKEN);
  });

  it('says what came in and that its problems stop simulation and export; they do until fixed', async () => {
    await importFiles([file('broken.journey.json', BROKEN)]);
    expect(toasts()).toEqual([expect.stringMatching(/^warning: Imported broken\.journey\.json with 1 error, opened in its Source: fix the problem first to simulate or export it\. First: J001 \(Ln 6, Col 1\) invalid JSON/)]);
    const doc = docAt('broken.journey.json')!;
    expect(refusalOf(doc, 'simulate it')).toMatch(/^Cannot simulate it: broken\.journey\.json has 1 error: fix the problem first\. First: J001 \(Ln 6, Col 1\)/);
    exportDocument(doc.id);
    expect(toasts().at(-1)).toMatch(/^error: Cannot export it: broken\.journey\.json has 1 error: fix the problem first/);
    typeText(doc.id, formatDocument({ ...minimalJourney(), id: 'x', name: 'X' }));
    flushValidation(doc.id);
    expect(refusalOf(docAt('broken.journey.json'), 'simulate it')).toBeUndefined();
  });

  it.each([
    { label: 'nested too deep', text: `{"format": "journey/1", "x": ${'['.repeat(300)}${']'.repeat(300)}}`, code: 'J036' },
    { label: 'a number that overflows', text: '{"format": "journey/1", "id": "x", "cost": 1e309}', code: 'J037' },
    { label: 'another format', text: '{"format": "other/1"}', code: 'J002' },
    { label: 'a node kind that does not exist', text: JSON.stringify({ ...minimalJourney(), nodes: [{ ...minimalJourney().nodes[0], kind: 'teleport' }] }), code: 'J004' },
    { label: 'an empty file', text: '', code: 'J001' },
  ])('$label: imported with its problem ($code), never refused', async ({ text, code }) => {
    await importFiles([file('odd.journey.json', text)]);
    const doc = docAt('odd.journey.json')!;
    expect(doc.diagnostics.map((d) => d.code)).toContain(code);
    expect(shown(doc.diagnostics)).toEqual(shown(validateText(text, { file: 'odd.journey.json', expect: 'journey' }).diagnostics));
    expect(activeTab(useLayout.getState())).toMatchObject({ docId: doc.id, kind: 'source' });
  });

  it('a cohort whose shares sum to 1.5 comes in flagged (J022), not as fine, and no journey can be simulated with it', async () => {
    const cohort = { ...minimalCohort(), segments: [{ id: 'a', name: 'A', share: 1 }, { id: 'b', name: 'B', share: 0.5 }] };
    await importFiles([file('too-many.json', JSON.stringify(cohort, null, 2))]);
    const doc = docAt('too-many.cohort.json')!;
    expect(doc.kind).toBe('cohort');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'J022', severity: 'error', message: expect.stringMatching(/shares sum to 1\.5, not 1/) })]);
    expect(activeTab(useLayout.getState())).toMatchObject({ docId: doc.id, kind: 'source' });
    expect(toasts()).toEqual([expect.stringMatching(/^warning: Imported too-many\.cohort\.json with 1 error, .*J022/)]);
    expect(cohortAt('too-many.cohort.json')).toMatch(/^Cannot simulate with this cohort: too-many\.cohort\.json has 1 error: fix the problem first\. First: J022/);
  });

  it('a valid file opens in its own editor, its warnings counted', async () => {
    await importFiles([file('fine.journey.json', formatDocument(minimalJourney())), file('people.cohort.json', formatDocument(minimalCohort()))]);
    expect(useLayout.getState().groups[0]!.tabs.map((t) => [t.kind, useWorkspace.getState().docs[t.docId]!.path])).toEqual([
      ['canvas', 'fine.journey.json'],
      ['cohort', 'people.cohort.json'],
    ]);
    expect(toasts().every((t) => t.startsWith('info: Imported '))).toBe(true);
  });

  it('bytes that are not UTF-8 come in as U+FFFD with the CLI’s J035 (byte, line and column) until the character is fixed', async () => {
    await importFiles([file('latin1.journey.json', '{\n  "name": "Caf', [0xe9], '",\n')]);
    const doc = docAt('latin1.journey.json')!;
    expect(doc.text).toBe('{\n  "name": "Caf\uFFFD",\n');
    const j035 = doc.diagnostics.find((d) => d.code === 'J035')!;
    expect(formatDiagnostic(j035)).toBe('latin1.journey.json:2:15: error J035 invalid UTF-8 at byte 16 (0xE9): a document must be UTF-8; save the file as UTF-8 (it may have been saved as Latin-1 or Windows-1252)');
    // A valid journey whose name still holds the replacement character is still refused.
    const valid = formatDocument({ ...minimalJourney(), name: 'Caf\uFFFD' });
    typeText(doc.id, valid);
    flushValidation(doc.id);
    expect(docAt('latin1.journey.json')!.diagnostics.map((d) => d.code)).toEqual(['J035']);
    expect(refusalOf(docAt('latin1.journey.json'), 'export it')).toMatch(/has 1 error: fix the problem first\. First: J035/);
    typeText(doc.id, valid.replace('\uFFFD', 'é'));
    flushValidation(doc.id);
    expect(docAt('latin1.journey.json')!.diagnostics).toEqual([]);
    // Kept in storage: after a reload the problem is still there.
    const stored = (await listFiles(db)).find((f) => f.id === doc.id)!;
    expect(stored.notUtf8?.code).toBe('J035');
  });

  it('refuses, in one notification naming the file and why, what cannot be held: too large, binary, unreadable', async () => {
    const huge: ImportFile = { name: 'huge.journey.json', size: MAX_DOCUMENT_BYTES + 1, slice: () => new Blob() };
    const unreadable: ImportFile = { name: 'gone.json', size: 5, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotFoundError: it went')) }) as unknown as Blob };
    const png = file('picture.journey.json', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const imported = await importFiles([huge, png, unreadable]);
    expect(imported).toEqual([]);
    expect(Object.keys(useWorkspace.getState().docs)).toEqual([]);
    expect(await listFiles(db)).toEqual([]);
    expect(toasts()).toEqual([
      expect.stringMatching(/^error: Refused huge\.journey\.json: huge\.journey\.json: cannot read: the file is 52,428,801 bytes; a document may be at most 50 MB/),
      expect.stringMatching(/^error: Refused picture\.journey\.json: picture\.journey\.json: cannot import: it is binary data, not text \(a NUL byte at byte 8/),
      'error: Refused gone.json: gone.json: cannot read: NotFoundError: it went',
    ]);
    expect(useUi.getState().output.map((l) => l.text)).toEqual([expect.stringMatching(/^Refused huge/), expect.stringMatching(/^Refused picture/), expect.stringMatching(/^Refused gone/)]);
  });

  it('a name already taken keeps both: the file there is unchanged, the new one gets a free name, and the notification says so', async () => {
    const mine = await createFile(db, { path: 'trip.journey.json', kind: 'journey', text: formatDocument(minimalJourney()) });
    loadDocs([mine]);
    await importFiles([file('trip.journey.json', BROKEN)]);
    expect(useWorkspace.getState().docs[mine.id]!.text).toBe(mine.text);
    expect((await listFiles(db)).map((f) => f.path)).toEqual(['trip-2.journey.json', 'trip.journey.json']);
    expect(toasts()[0]).toMatch(/^warning: Imported trip-2\.journey\.json \(trip\.journey\.json already exists and is unchanged\) with 1 error/);
  });

  it('names files by kind', () => {
    expect(fileNameFor('Onboarding v2', 'journey')).toBe('onboarding-v2.journey.json');
    expect(fileNameFor('retail.json', 'cohort')).toBe('retail.cohort.json');
    expect(fileNameFor('My Flow.journey.json', 'journey')).toBe('my-flow.journey.json');
  });
});
