// @vitest-environment happy-dom
import { useSyncExternalStore } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { commands } from '../../commands/commandRegistry';
import { createHistory, record, redo, undo, type History } from '../../../runtime/model/history';
import type { Journey } from '../../../runtime/model/journey';
import { mini } from '../../canvas/testJourneys';
import { Inspector } from '../Inspector';
import { CommitProbeContext, type CommitProbe } from './commitProbe';
import { JsonField } from './JsonField';
import { COMMIT_DELAY_MS } from './useLiveDraft';

/**
 * The inspector on a document with a real undo history, as the workbench has it: each edit is a
 * history entry, and edit.undo / edit.redo are the registered commands.
 */
function workbench(journey: Journey, selection: { nodes?: string[]; edges?: string[] } = {}) {
  let history: History<Journey> = createHistory(journey);
  const listeners = new Set<() => void>();
  const set = (h: History<Journey>) => {
    history = h;
    listeners.forEach((l) => l());
  };
  const labels: string[] = [];
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  function Host() {
    const h = useSyncExternalStore(subscribe, () => history);
    return (
      <Inspector
        journey={h.present}
        selection={{ nodes: selection.nodes ?? [], edges: selection.edges ?? [] }}
        diagnostics={[]}
        onEdit={(next, label) => {
          labels.push(label);
          set(record(history, next));
        }}
        onSelectionChange={(s) => {
          selection = s;
        }}
      />
    );
  }
  const off = [commands.register({ id: 'edit.undo', title: 'Undo', run: () => set(undo(history)) }), commands.register({ id: 'edit.redo', title: 'Redo', run: () => set(redo(history)) })];
  const utils = render(<Host />);
  const field = (name: string) => screen.getByTestId('inspector').querySelector(`[name="${name}"]`) as HTMLInputElement;
  /** Keystrokes a little apart, as a person types: each a change of the field's text. */
  const typeInto = (name: string, text: string, from = field(name).value) => {
    fireEvent.focus(field(name));
    for (let i = 1; i <= text.length; i++) {
      fireEvent.change(field(name), { target: { value: from + text.slice(0, i) } });
      act(() => vi.advanceTimersByTime(60));
    }
  };
  const pause = () => act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
  const key = (name: string, init: KeyboardEventInit) => fireEvent.keyDown(field(name), init);
  return { ...utils, field, typeInto, pause, key, labels, doc: () => history.present, entries: () => history.past.length, stop: () => off.forEach((d) => d()) };
}

let stop: (() => void) | undefined;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  cleanup();
  stop?.();
  vi.useRealTimers();
});

const label = (j: Journey, id = 'visit') => j.nodes.find((n) => n.id === id)!.label;

describe('inspector fields: as you type, one undo step per burst', () => {
  it('a burst of typing in the label is one edit, in the document without a blur', () => {
    const w = workbench(mini(), { nodes: ['visit'] });
    stop = w.stop;
    w.typeInto('label', ' the website');
    expect(w.entries()).toBe(0); // still typing
    w.pause();
    expect(label(w.doc())).toBe('Visit the website');
    expect(w.entries()).toBe(1);
    expect(w.labels).toEqual(['Set label of visit']);
    expect(w.field('label').value).toBe('Visit the website');
  });

  it('Ctrl+Z with a pending draft commits it, then undoes it as one step; the field shows the undone value', () => {
    const w = workbench(mini(), { nodes: ['visit'] });
    stop = w.stop;
    w.typeInto('label', ' the website'); // no pause: the commit is pending
    w.key('label', { key: 'z', ctrlKey: true });
    expect(label(w.doc())).toBe('Visit');
    expect(w.field('label').value).toBe('Visit');
    expect(w.entries()).toBe(0);
    // Redo brings the whole burst back, into the field too.
    w.key('label', { key: 'z', ctrlKey: true, shiftKey: true });
    expect(label(w.doc())).toBe('Visit the website');
    expect(w.field('label').value).toBe('Visit the website');
    // Typing on after the redo is a new step: undo takes back only that.
    w.typeInto('label', '!');
    w.pause();
    w.key('label', { key: 'z', metaKey: true });
    expect(w.field('label').value).toBe('Visit the website');
    w.key('label', { key: 'z', metaKey: true });
    expect(w.field('label').value).toBe('Visit');
    expect(w.entries()).toBe(0);
  });

  it('a multi-line description and the label: each field edit its own step', () => {
    const w = workbench(mini(), { nodes: ['visit'] });
    stop = w.stop;
    w.typeInto('label', ' us');
    fireEvent.blur(w.field('label'));
    w.typeInto('description', 'First line\nsecond line');
    w.pause();
    expect(w.doc().nodes.find((n) => n.id === 'visit')).toMatchObject({ label: 'Visit us', description: 'First line\nsecond line' });
    expect(w.entries()).toBe(2);
    w.key('description', { key: 'z', ctrlKey: true });
    expect(w.field('description').value).toBe('');
    expect(label(w.doc())).toBe('Visit us');
  });

  it('broken JSON is not committed and stays in the field; Ctrl+Z takes back the typing, not an earlier edit', () => {
    // A JsonField in a form that counts its edits, as the inspector's forms do.
    const probe: CommitProbe = { edits: 0 };
    let value: unknown = { a: 1 };
    const undoSpy = vi.fn();
    stop = commands.register({ id: 'edit.undo', title: 'Undo', run: undoSpy });
    const field = () => (
      <CommitProbeContext.Provider value={probe}>
        <JsonField name="weights" label="Weights" value={value} onCommit={(v) => ((value = v), probe.edits++)} />
      </CommitProbeContext.Provider>
    );
    const { rerender } = render(field());
    const json = document.querySelector('[name="weights"]') as HTMLTextAreaElement;
    fireEvent.focus(json);
    fireEvent.change(json, { target: { value: '{"a": ' } });
    act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
    rerender(field());
    expect(probe.edits).toBe(0);
    expect(json.value).toBe('{"a": ');
    expect(screen.getByTestId('json-problem').textContent).toMatch(/^JSON: /);
    fireEvent.blur(json);
    expect(json.value).toBe('{"a": ');
    fireEvent.focus(json);
    fireEvent.keyDown(json, { key: 'z', ctrlKey: true });
    expect(undoSpy).not.toHaveBeenCalled();
    expect(JSON.parse(json.value)).toEqual({ a: 1 });
    // Good JSON commits as you type, and keeps its spelling while the field has focus.
    fireEvent.change(json, { target: { value: '{"a":2}' } });
    act(() => vi.advanceTimersByTime(COMMIT_DELAY_MS));
    rerender(field());
    expect(value).toEqual({ a: 2 });
    expect(json.value).toBe('{"a":2}');
  });

  it('a number field holding "12a" commits nothing and keeps the text, with its note', () => {
    const w = workbench(mini(), { nodes: ['visit'] });
    stop = w.stop;
    w.typeInto('cost', '12');
    w.pause();
    expect(w.doc().nodes.find((n) => n.id === 'visit')!.cost).toBe(12);
    fireEvent.change(w.field('cost'), { target: { value: '12a' } });
    w.pause();
    fireEvent.blur(w.field('cost'));
    expect(w.doc().nodes.find((n) => n.id === 'visit')!.cost).toBe(12);
    expect(w.entries()).toBe(1);
    expect(w.field('cost').value).toBe('12a');
    expect(w.container.querySelector('[data-field="cost"]')!.textContent).toContain('not a number (the document keeps 12)');
  });

  it('renaming a node id does not rename while typing: one rename on Enter', () => {
    const w = workbench(mini(), { nodes: ['visit'] });
    stop = w.stop;
    w.typeInto('id', '-2');
    w.pause();
    w.pause();
    expect(w.doc().nodes.some((n) => n.id === 'visit')).toBe(true);
    expect(w.entries()).toBe(0);
    w.key('id', { key: 'Enter' });
    expect(w.doc().nodes.some((n) => n.id === 'visit-2')).toBe(true);
    expect(w.labels).toEqual(['Rename visit to visit-2']);
  });
});
