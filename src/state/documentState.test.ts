import { describe, expect, it } from 'vitest';
import { docCanRedo, docCanUndo, docFromFile, journeyOf, sameJson, saveStateOf, validTextOf, withDiagnostics, withEdit, withRedo, withStoredText, withText, withUndo, withValidation } from './documentState';
import { minimalCohort, minimalJourney } from '../../runtime/testing/minimalJourney';
import { formatDocument } from '../../runtime/model/formatDocument';
import { updateNode } from '../../runtime/model/ops';
import type { Journey } from '../../runtime/model/journey';
import type { Cohort } from '../../runtime/model/cohort';

const file = (text = formatDocument(minimalJourney())) => ({ id: 'f1', path: 'mini.journey.json', kind: 'journey' as const, text, rev: 1 });

describe('documentState', () => {
  it('loads and validates a file', () => {
    const doc = docFromFile(file());
    expect(journeyOf(doc)?.id).toBe('mini');
    expect(doc.broken).toBe(false);
    expect(saveStateOf(doc)).toBe('saved');
    expect(docCanUndo(doc)).toBe(false);
  });

  it('loads broken text without a document, and keeps the text', () => {
    const doc = docFromFile(file('{ "format": '));
    expect(doc.broken).toBe(true);
    expect(doc.history).toBeNull();
    expect(doc.text).toBe('{ "format": ');
    expect(doc.diagnostics[0]?.code).toBe('J001');
  });

  it('records a canvas edit, rewrites the text, and undoes/redoes it', () => {
    const doc = docFromFile(file());
    const next = updateNode(journeyOf(doc)!, 'visit', { label: 'Landing page' });
    const edited = withEdit(doc, next, 'Rename node');
    expect(edited.text).toContain('"label": "Landing page"');
    expect(saveStateOf(edited)).toBe('unsaved');
    expect(edited.labels).toEqual(['Rename node']);
    const undone = withUndo(edited);
    expect(journeyOf(undone)?.nodes[0]?.label).toBe('Visit');
    expect(undone.text).not.toContain('Landing page');
    expect(docCanRedo(undone)).toBe(true);
    expect(journeyOf(withRedo(undone))?.nodes[0]?.label).toBe('Landing page');
  });

  it('typing valid JSON makes one history entry per validation (pause)', () => {
    const doc = docFromFile(file());
    const typed = withText(withText(doc, doc.text.replace('"Visit"', '"Visi"')), doc.text.replace('"Visit"', '"Visit page"'));
    expect(typed.textSeq).toBe(2);
    expect(typed.labels).toEqual(['Edit source']);
    expect(journeyOf(typed)?.nodes[0]?.label).toBe('Visit');
    const checked = withValidation(typed);
    expect(journeyOf(checked)?.nodes[0]?.label).toBe('Visit page');
    expect(checked.history?.past).toHaveLength(1);
    expect(checked.validatedSeq).toBe(checked.textSeq);
  });

  it('whitespace-only typing adds no history entry', () => {
    const doc = docFromFile(file());
    const checked = withValidation(withText(doc, doc.text.replace('{', '{ ')));
    expect(checked.history?.past).toHaveLength(0);
  });

  it('broken text keeps the last valid document; undo first restores it', () => {
    const doc = docFromFile(file());
    const broken = withValidation(withText(doc, doc.text.slice(0, 40)));
    expect(broken.broken).toBe(true);
    expect(journeyOf(broken)?.id).toBe('mini');
    expect(broken.diagnostics.some((d) => d.code === 'J001')).toBe(true);
    expect(docCanUndo(broken)).toBe(true);
    const restored = withUndo(broken);
    expect(restored.broken).toBe(false);
    expect(JSON.parse(restored.text)).toEqual(journeyOf(doc));
  });

  it('takes another tab’s text as saved at its revision', () => {
    const doc = withText(docFromFile(file()), 'mine');
    const theirs = withStoredText(doc, { text: formatDocument({ ...minimalJourney(), name: 'Theirs' }), rev: 5 });
    expect(journeyOf(theirs)?.name).toBe('Theirs');
    expect(theirs.rev).toBe(5);
    expect(saveStateOf(theirs)).toBe('saved');
  });

  it('lints a journey against the cohort it names', () => {
    const j = { ...minimalJourney(), cohort: 'c.cohort.json', customer: { income: 'number', unknownAttr: 'number' } };
    const cohort = minimalCohort() as unknown as Cohort;
    const withCohort = docFromFile(file(formatDocument(j)), { cohortFor: (ref) => (ref === 'c.cohort.json' ? cohort : undefined) });
    const without = docFromFile(file(formatDocument(j)));
    expect(withCohort.diagnostics.some((d) => d.code === 'J027')).toBe(true);
    expect(without.diagnostics.some((d) => d.code === 'J027')).toBe(false);
  });

  it('an edit rewrites the text at once; its diagnostics follow when validated', () => {
    const doc = docFromFile(file());
    const edited = withEdit(doc, { ...journeyOf(doc)!, start: 'nowhere' }, 'Bad start');
    expect(edited.text).toContain('"start": "nowhere"');
    expect(edited.validatedSeq).toBeLessThan(edited.textSeq);
    const checked = withDiagnostics(edited);
    expect(checked.diagnostics.some((d) => d.code === 'J013')).toBe(true);
    expect(checked.history?.past).toHaveLength(1);
    expect(withDiagnostics(checked)).toBe(checked);
  });

  it('an edit that changes nothing is no entry', () => {
    const doc = docFromFile(file());
    expect(withEdit(doc, journeyOf(doc) as Journey, 'Nothing')).toBe(doc);
  });
});

describe('documentState across reloads', () => {
  it('broken text saved with its last valid version loads with that version on the canvas', () => {
    const valid = formatDocument({ ...minimalJourney(), name: 'Last valid' });
    const doc = docFromFile({ ...file('{ "format": "journey/1", '), validText: valid });
    expect(doc.broken).toBe(true);
    expect(doc.text).toBe('{ "format": "journey/1", ');
    expect(journeyOf(doc)?.name).toBe('Last valid');
    expect(validTextOf(doc)).toBe(formatDocument(journeyOf(doc)));
    expect(validTextOf(docFromFile(file()))).toBeUndefined();
  });
});

describe('undo/redo chains', () => {
  it('undoes several edits in a row and redoes them all (key order of parsed text does not matter)', () => {
    let doc = docFromFile(file());
    const j0 = journeyOf(doc)!;
    // Ops build nodes with their own key order, unlike the parser's.
    const added = { ...j0, nodes: [...j0.nodes, { position: { x: 1, y: 2 }, label: 'B', kind: 'touchpoint', id: 'b', channel: 'web' } as Journey['nodes'][number]] };
    doc = withEdit(doc, added, 'Add');
    doc = withEdit(doc, updateNode(journeyOf(doc)!, 'b', { label: 'C' }), 'Rename');
    doc = withUndo(withUndo(doc));
    expect(journeyOf(doc)?.nodes).toHaveLength(3);
    expect(docCanRedo(doc)).toBe(true);
    doc = withRedo(withRedo(doc));
    expect(journeyOf(doc)?.nodes[3]?.label).toBe('C');
    expect(doc.history?.past).toHaveLength(2);
  });

  it('compares JSON structurally', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameJson({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});

describe('key order', () => {
  it('keeps the key order of the text through edits (no reshuffled file after one change)', () => {
    const text = '{\n  "format": "journey/1",\n  "id": "k",\n  "name": "K",\n  "start": "a",\n  "nodes": [\n    { "id": "a", "kind": "outcome", "label": "A", "result": "success" }\n  ],\n  "edges": []\n}\n';
    const doc = docFromFile(file(text));
    const edited = withEdit(doc, updateNode(journeyOf(doc)!, 'a', { label: 'B' }), 'Rename');
    expect(edited.text).toContain('{ "id": "a", "kind": "outcome", "label": "B", "result": "success" }');
    expect(Object.keys(JSON.parse(edited.text))).toEqual(['format', 'id', 'name', 'start', 'nodes', 'edges']);
  });
});
