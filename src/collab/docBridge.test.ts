import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocSession, type DocSession } from '../../runtime/collab/session/docSession';
import { seedDoc } from '../../runtime/collab/seedDoc';
import { readDoc } from '../../runtime/collab/readDoc';
import { formatDocument } from '../../runtime/model/formatDocument';
import { moveNodes, updateNode } from '../../runtime/model/ops';
import type { Journey } from '../../runtime/model/journey';
import { minimalJourney } from '../../runtime/testing/minimalJourney';
import { journeyOf } from '../state/documentState';
import { editDocument, flushValidation, loadDocs, typeText } from '../state/workspaceActions';
import { useWorkspace } from '../state/workspaceStore';
import { restoreVersion } from '../history/restoreVersion';
import { bridgeDocument } from './docBridge';
import { liveDoc } from './liveDocs';

type Session = DocSession<Record<string, unknown>>;

const ID = 'shared-file';
let mine: Y.Doc;
let peer: Y.Doc;
let peerSession: Session;
let stop: () => void;

const doc = () => useWorkspace.getState().docs[ID]!;
const journey = () => journeyOf(doc())!;
const peerJourney = () => readDoc(peer) as unknown as Journey;
const node = (j: Journey, id: string) => j.nodes.find((n) => n.id === id)!;
/** The peer's edit: an op on what it has, written as its own local transaction. */
const peerEdit = (op: (j: Journey) => Journey) => peerSession.local(op(peerJourney()) as unknown as Record<string, unknown>);

beforeEach(() => {
  const text = formatDocument(minimalJourney());
  loadDocs([{ id: ID, path: 'mini.journey.json', kind: 'journey', text, rev: 1 }]);
  mine = new Y.Doc();
  peer = new Y.Doc();
  // Updates cross at once, both ways (the provider's job).
  mine.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(peer, u, 'net'));
  peer.on('update', (u: Uint8Array, origin: unknown) => origin !== 'net' && Y.applyUpdate(mine, u, 'net'));
  // The sharer seeds once, from the file as it is.
  seedDoc(mine, journeyOf(doc()) as unknown as Record<string, unknown>);
  peerSession = createDocSession(peer);
  stop = bridgeDocument(ID, createDocSession(mine));
});

afterEach(() => stop());

describe('a shared file in the workbench', () => {
  it('an edit on the canvas reaches the peer; the peer’s edit reaches the canvas and the text', () => {
    editDocument(ID, moveNodes(journey(), { visit: { x: 40, y: 80 } }), 'Move node');
    expect(node(peerJourney(), 'visit').position).toEqual({ x: 40, y: 80 });
    peerEdit((j) => updateNode(j, 'gone', { label: 'Left us' }));
    expect(node(journey(), 'gone').label).toBe('Left us');
    expect(node(journey(), 'visit').position).toEqual({ x: 40, y: 80 });
    expect(doc().text).toContain('"Left us"');
    expect(doc().labels).toContain('Edits by others');
  });

  it('undo in a shared file takes back only my own edit', () => {
    editDocument(ID, updateNode(journey(), 'visit', { label: 'Mine' }), 'Rename node');
    peerEdit((j) => moveNodes(j, { applied: { x: 9, y: 9 } }));
    const live = liveDoc(ID)!;
    expect(live.canUndo()).toBe(true);
    live.undo();
    expect(node(journey(), 'visit').label).toBe('Visit');
    expect(node(journey(), 'applied').position).toEqual({ x: 9, y: 9 });
    expect(node(peerJourney(), 'visit').label).toBe('Visit');
    live.redo();
    expect(node(peerJourney(), 'visit').label).toBe('Mine');
    expect(doc().text).toContain('"Mine"');
  });

  it('text typed in the Source tab while a peer edits: both survive, and the typing stays on screen until it parses', () => {
    const typed = formatDocument(updateNode(journey(), 'gone', { label: 'Typed here' }));
    typeText(ID, typed.slice(0, 40));
    peerEdit((j) => updateNode(j, 'visit', { label: 'Peer rename' }));
    // The half-typed text is kept; the canvas shows the peer's edit.
    expect(doc().text).toBe(typed.slice(0, 40));
    expect(node(journey(), 'visit').label).toBe('Peer rename');
    typeText(ID, typed);
    flushValidation(ID);
    for (const j of [journey(), peerJourney()]) {
      expect(node(j, 'gone').label).toBe('Typed here');
      expect(node(j, 'visit').label).toBe('Peer rename');
    }
    expect(doc().text).toContain('Peer rename');
  });

  it('restoring a version is a shared edit that undo takes back', () => {
    editDocument(ID, updateNode(journey(), 'visit', { label: 'Before restore' }), 'Rename node');
    restoreVersion(ID, { text: formatDocument(minimalJourney()), rev: 1, savedAt: 0 });
    expect(node(peerJourney(), 'visit').label).toBe('Visit');
    liveDoc(ID)!.undo();
    expect(node(peerJourney(), 'visit').label).toBe('Before restore');
  });

  it('after the bridge stops, edits stay local and undo is the file’s own again', () => {
    stop();
    expect(liveDoc(ID)).toBeUndefined();
    editDocument(ID, updateNode(journey(), 'visit', { label: 'Alone' }), 'Rename node');
    expect(node(peerJourney(), 'visit').label).toBe('Visit');
    stop = () => {};
  });
});
