import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandRegistry } from '../commands/commandRegistry';
import type { Journey } from '../../runtime/model/journey';
import { createHistory, record, undo } from '../../runtime/model/history';
import { useUi } from '../state/uiStore';
import { clearInAppClipboard, clipboardOf, CLIPBOARD_FORMAT, readClipboard, writeClipboard, type PasteReport } from './clipboard';
import { registerCanvasCommands } from './useCanvasCommands';
import { mini } from './testJourneys';

/** A system clipboard that holds `text` (what another tab, another app or a hostile page put there). */
function systemClipboard(text: string) {
  let held = text;
  vi.stubGlobal('navigator', { clipboard: { readText: () => Promise.resolve(held), writeText: (t: string) => Promise.resolve(void (held = t)) } });
}

const good = () => JSON.stringify(clipboardOf(mini(), { nodes: ['visit', 'applied'], edges: [] }), null, 2);
const hostile = {
  overflow: () => good().replace('"value": 100', '"value": 1e309'),
  deep: () => `{"format": "${CLIPBOARD_FORMAT}", "nodes": [${'['.repeat(300)}${']'.repeat(300)}], "edges": []}`,
  proto: () => good().replace('"id": "visit",', '"id": "visit", "__proto__": {"isAdmin": true},'),
  wrongTypes: () => JSON.stringify({ format: CLIPBOARD_FORMAT, nodes: [{ id: 'visit', kind: 'touchpoint', label: { text: 'Visit' }, channel: 7 }], edges: [] }),
  huge: () => `{"format": "${CLIPBOARD_FORMAT}", "nodes": [], "edges": [], "pad": "${'€'.repeat(18_000_000)}"}`,
};

function reports() {
  const seen: [string, string][] = [];
  const report: PasteReport = (message, severity) => void seen.push([severity, message]);
  return { seen, report };
}

beforeEach(clearInAppClipboard);
afterEach(() => vi.unstubAllGlobals());

describe('readClipboard', () => {
  it('pastes what another tab copied, saying nothing', async () => {
    systemClipboard(good());
    const { seen, report } = reports();
    expect((await readClipboard(report))?.nodes.map((n) => n.id)).toEqual(['visit', 'applied']);
    expect(seen).toEqual([]);
  });

  it.each(Object.keys(hostile) as (keyof typeof hostile)[])('refuses a hostile clipboard (%s) with a message, instead of the in-app clipboard', async (name) => {
    await writeClipboard(clipboardOf(mini(), { nodes: ['gone'], edges: [] })!);
    systemClipboard(hostile[name]());
    const { seen, report } = reports();
    expect(await readClipboard(report)).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]).toBe('error');
    expect(seen[0]![1]).toMatch({ overflow: /error J037 the number 1e309/, deep: /error J036/, proto: /error J045 nodes\[0\] has a key "__proto__"/, wrongTypes: /no node on the clipboard fits .*error J003 nodes\[0\]\.label should be string/, huge: /more than 50 MB/ }[name]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('warns of what it left out and pastes the rest', async () => {
    const content = JSON.parse(good()) as { nodes: unknown[] };
    content.nodes.push({ id: 'odd', kind: 'wait', label: 'Odd', emotion: [1] });
    systemClipboard(JSON.stringify(content));
    const { seen, report } = reports();
    expect((await readClipboard(report))?.nodes.map((n) => n.id)).toEqual(['visit', 'applied']);
    expect(seen).toEqual([['warning', expect.stringMatching(/^Left out of the paste, .*error J003 nodes\[2\]\.emotion/)]]);
  });

  it('falls back to the in-app clipboard for text that is not journey elements, or when it may not read', async () => {
    await writeClipboard(clipboardOf(mini(), { nodes: ['gone'], edges: [] })!);
    systemClipboard('some words copied from a mail');
    const { seen, report } = reports();
    expect((await readClipboard(report))?.nodes.map((n) => n.id)).toEqual(['gone']);
    vi.stubGlobal('navigator', { clipboard: { readText: () => Promise.reject(new Error('NotAllowedError')) } });
    expect((await readClipboard(report))?.nodes.map((n) => n.id)).toEqual(['gone']);
    expect(seen).toEqual([]);
  });
});

describe('the paste command with an untrusted clipboard', () => {
  function workbench() {
    const state = { history: createHistory<Journey>(mini()), labels: [] as string[] };
    const registry = new CommandRegistry();
    registerCanvasCommands(
      {
        getJourney: () => state.history.present,
        getSelection: () => ({ nodes: [], edges: [] }),
        edit: (next, label) => {
          state.history = record(state.history, next);
          state.labels.push(label);
        },
        setSelection: () => {},
        fitView: () => {},
        isActive: () => true,
      },
      registry,
    );
    return { state, paste: () => registry.get('edit.paste')!.run() };
  }

  it('a refused paste changes nothing of the document and tells the user; a good one is one undo step', async () => {
    useUi.setState({ notifications: [] });
    const { state, paste } = workbench();
    const before = structuredClone(state.history.present);
    systemClipboard(hostile.proto());
    await paste();
    expect(state.history.present).toEqual(before);
    expect(state.labels).toEqual([]);
    expect(useUi.getState().notifications).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Paste refused: .*J045/) })]);

    systemClipboard(good());
    await paste();
    expect(state.labels).toEqual(['Paste 2 nodes and 1 edge']);
    expect(state.history.present.nodes.map((n) => n.id)).toEqual(['visit', 'applied', 'gone', 'visit-2', 'applied-2']);
    expect(undo(state.history).present).toEqual(before);
  });
});
