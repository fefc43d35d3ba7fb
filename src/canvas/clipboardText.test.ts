import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../runtime/model/documentLimits';
import { clipboardOf } from './clipboard';
import { CLIPBOARD_FORMAT, readClipboardText, type ClipboardText } from './clipboardText';
import { mini } from './testJourneys';

/** What copying these nodes of the minimal journey writes to the system clipboard. */
const copied = (nodes = ['visit', 'applied']) => clipboardOf(mini(), { nodes, edges: [] })!;
const textOf = (value: unknown) => JSON.stringify(value, null, 2);
const reason = (r: ClipboardText) => (r.kind === 'refused' ? r.reason : `not refused: ${r.kind}`);

describe('readClipboardText', () => {
  it('reads back what copy wrote: the nodes and the edges between them, as they were', () => {
    const content = copied();
    expect(readClipboardText(textOf(content))).toEqual({ kind: 'content', content });
  });

  it('leaves other texts to the in-app clipboard: plain text, other JSON, broken JSON that is not ours', () => {
    for (const text of ['hello', '[1, 2]', '"x"', '{"format": "other", "nodes": [], "edges": []}', '{ not json', '']) expect(readClipboardText(text)).toEqual({ kind: 'foreign' });
  });

  it('refuses a number that would overflow to Infinity (1e309), with where it is', () => {
    const text = textOf({ ...copied(), nodes: [{ ...copied().nodes[0], position: { x: 1, y: 2 } }] }).replace('"x": 1', '"x": 1e309');
    const line = text.split('\n').findIndex((l) => l.includes('1e309')) + 1;
    expect(reason(readClipboardText(text))).toMatch(new RegExp(`^Paste refused: the clipboard text cannot be read safely: clipboard:${line}:\\d+: error J037 the number 1e309 is too large to hold`));
  });

  it('refuses nesting 300 deep before parsing it', () => {
    const deep = `{"format": "${CLIPBOARD_FORMAT}", "nodes": [${'['.repeat(300)}${']'.repeat(300)}], "edges": []}`;
    expect(reason(readClipboardText(deep))).toMatch(/^Paste refused: .*clipboard:1:\d+: error J036 objects and arrays are nested more than 256 deep/);
    // A million deep, far more than JSON.parse could take: refused the same way, no crash.
    expect(readClipboardText(`{"format": "${CLIPBOARD_FORMAT}", "nodes": ${'['.repeat(1_000_000)}`).kind).toBe('refused');
  });

  it('refuses a "__proto__" key, naming the node it is in, and pollutes nothing', () => {
    const text = textOf(copied()).replace('"kind": "touchpoint",', '"kind": "touchpoint", "__proto__": { "polluted": true },');
    expect(reason(readClipboardText(text))).toMatch(/^Paste refused: .*clipboard:\d+:\d+: error J045 nodes\[0\] has a key "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves out a node of a known kind whose fields have the wrong types, says which and why, and keeps the rest', () => {
    const good = copied();
    const bad = { id: 'odd', kind: 'touchpoint', label: 42, channel: 'fax', position: { x: '1', y: 2 } };
    const r = readClipboardText(textOf({ ...good, nodes: [...good.nodes, bad] }));
    expect(r.kind).toBe('content');
    if (r.kind !== 'content') return;
    expect(r.content.nodes.map((n) => n.id)).toEqual(['visit', 'applied']);
    expect(r.content.edges).toEqual(good.edges);
    expect(r.note).toMatch(/^Left out of the paste, as they do not fit the journey format: clipboard:\d+:\d+: error J003 nodes\[2\]\.label should be string\.$/);
  });

  it('leaves out wrong edges and nodes of unknown kinds, and amounts above 1e12 (J038)', () => {
    const good = copied();
    const r = readClipboardText(
      textOf({ ...good, nodes: [...good.nodes, { id: 'x', kind: 'teleport', label: 'X' }, { id: 'rich', kind: 'action', label: 'Rich', cost: 1e13 }], edges: [...good.edges, { id: 'e2', from: 'visit', to: 'applied', after: true }, 7] }),
    );
    if (r.kind !== 'content') throw new Error(reason(r));
    expect(r.content.nodes.map((n) => n.id)).toEqual(['visit', 'applied']);
    expect(r.content.edges.map((e) => e.id)).toEqual(['apply']);
    expect(r.note).toContain('error J004 nodes[2].kind: unknown node kind "teleport"');
    expect(r.note).toContain('error J038 nodes[3].cost is 10000000000000: a money amount may be at most 1e12');
    expect(r.note).toContain('error J003 edges[1].after');
    expect(r.note).toMatch(/; and 1 more\.$/);
  });

  it('refuses when no node fits, and when the lists are not lists', () => {
    expect(reason(readClipboardText(textOf({ format: CLIPBOARD_FORMAT, nodes: [{ id: 'a', kind: 'wait', label: ['A'] }], edges: [] })))).toMatch(/^Paste refused: no node on the clipboard fits the journey format: clipboard:\d+:\d+: error J003 nodes\[0\]\.label should be string$/);
    expect(reason(readClipboardText(textOf({ format: CLIPBOARD_FORMAT, nodes: [], edges: [] })))).toMatch(/holds no nodes/);
    expect(reason(readClipboardText(textOf({ format: CLIPBOARD_FORMAT, nodes: { a: 1 }, edges: [] })))).toMatch(/not lists of nodes and edges: clipboard:\d+:\d+: error J003 nodes should be array/);
  });

  it('notes a repeated key, and pastes with its last value', () => {
    const text = textOf(copied(['visit'])).replace('"label": "Visit"', '"label": "First", "label": "Visit"');
    const r = readClipboardText(text);
    if (r.kind !== 'content') throw new Error(reason(r));
    expect(r.content.nodes[0]!.label).toBe('Visit');
    expect(r.note).toMatch(/^Keys repeated on the clipboard \(the last of each is used\): clipboard:\d+:\d+: warning J109 the key "label" comes again/);
  });

  it('refuses a text over 50 MB without reading it', () => {
    const huge = `{"format": "${CLIPBOARD_FORMAT}", "nodes": [], "edges": [], "pad": "${'x'.repeat(MAX_DOCUMENT_BYTES)}"}`;
    expect(reason(readClipboardText(huge))).toBe('Paste refused: the clipboard holds more than 50 MB (52,428,800 bytes) of text, more than a journey document may hold; copy fewer nodes at a time');
  });
});
