// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandRegistry } from '../commands/commandRegistry';
import { eventChord, installKeybindings, isEditableTarget } from './keybindings';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

function setup(isMac = false) {
  const registry = new CommandRegistry();
  const ran: string[] = [];
  const add = (id: string, keybinding?: string) => registry.register({ id, title: id, ...(keybinding ? { keybinding } : {}), run: () => void ran.push(id) });
  add('workbench.action.showCommands', 'Mod+Shift+P');
  add('edit.undo', 'Mod+Z');
  add('edit.redo', 'Mod+Shift+Z');
  add('edit.delete', 'Delete');
  add('view.fitView', 'Shift+1');
  add('explorer.new', 'Alt+N');
  const dispose = installKeybindings(registry, window, isMac);
  return { registry, ran, dispose };
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  document.body.innerHTML = '';
});

describe('key bindings', () => {
  it('reads Shift+digit by the physical key, so Shift+1 is not Shift+!', () => {
    expect(eventChord({ key: '!', code: 'Digit1', shiftKey: true, altKey: false, ctrlKey: false, metaKey: false })).toBe('Shift+1');
  });

  it('reads Alt+letter by the physical key (macOS types "ñ" for Alt+N)', () => {
    expect(eventChord({ key: 'ñ', code: 'KeyN', shiftKey: false, altKey: true, ctrlKey: false, metaKey: false })).toBe('Alt+N');
  });

  it('dispatches bound chords through the registry and prevents the browser default', () => {
    const { ran, dispose } = setup();
    cleanup = dispose;
    const e = key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true });
    window.dispatchEvent(e);
    window.dispatchEvent(key({ key: '!', code: 'Digit1', shiftKey: true }));
    window.dispatchEvent(key({ key: 'ñ', code: 'KeyN', altKey: true }));
    expect(ran).toEqual(['workbench.action.showCommands', 'view.fitView', 'explorer.new']);
    expect(e.defaultPrevented).toBe(true);
  });

  it('uses Cmd as Mod on macOS', () => {
    const { ran, dispose } = setup(true);
    cleanup = dispose;
    window.dispatchEvent(key({ key: 'z', code: 'KeyZ', ctrlKey: true }));
    window.dispatchEvent(key({ key: 'z', code: 'KeyZ', metaKey: true }));
    expect(ran).toEqual(['edit.undo']);
  });

  it('has aliases: F1 opens the palette, Mod+Y redoes, Backspace deletes', () => {
    const { ran, dispose } = setup();
    cleanup = dispose;
    window.dispatchEvent(key({ key: 'F1', code: 'F1' }));
    window.dispatchEvent(key({ key: 'y', code: 'KeyY', ctrlKey: true }));
    window.dispatchEvent(key({ key: 'Backspace', code: 'Backspace' }));
    expect(ran).toEqual(['workbench.action.showCommands', 'edit.redo', 'edit.delete']);
  });

  it('leaves a text field its own editing keys, but still runs modified commands from it', () => {
    const { ran, dispose } = setup();
    cleanup = dispose;
    const input = document.createElement('input');
    document.body.append(input);
    for (const init of [{ key: 'Backspace', code: 'Backspace' }, { key: 'Delete', code: 'Delete' }, { key: 'z', code: 'KeyZ', ctrlKey: true }, { key: '!', code: 'Digit1', shiftKey: true }]) {
      input.dispatchEvent(key(init));
    }
    expect(ran).toEqual([]);
    input.dispatchEvent(key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }));
    expect(ran).toEqual(['workbench.action.showCommands']);
  });

  it('does not run a disabled command, and lets the key through', () => {
    const registry = new CommandRegistry();
    const run = vi.fn();
    registry.register({ id: 'edit.undo', title: 'Undo', keybinding: 'Mod+Z', when: () => false, run });
    cleanup = installKeybindings(registry, window, false);
    const e = key({ key: 'z', code: 'KeyZ', ctrlKey: true });
    window.dispatchEvent(e);
    expect(run).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(false);
  });

  it('knows editable targets', () => {
    const text = document.createElement('input');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const area = document.createElement('textarea');
    const div = document.createElement('div');
    expect([text, box, area, div].map(isEditableTarget)).toEqual([true, false, true, false]);
  });
});
