import { describe, expect, it, vi } from 'vitest';
import { chordOf, CommandRegistry, displayBinding, normaliseBinding } from './commandRegistry';

describe('CommandRegistry', () => {
  it('runs registered commands by id and forgets them when disposed', () => {
    const r = new CommandRegistry();
    const run = vi.fn();
    const dispose = r.register({ id: 'journey.addNode', title: 'Add Node', run });
    expect(r.execute('journey.addNode', 'touchpoint')).toBe(true);
    expect(run).toHaveBeenCalledWith('touchpoint');
    dispose();
    expect(r.execute('journey.addNode')).toBe(false);
    expect(r.all()).toEqual([]);
  });

  it('does not run a disabled command, and hides it from enabled()', () => {
    const r = new CommandRegistry();
    const run = vi.fn();
    r.register({ id: 'edit.undo', title: 'Undo', when: () => false, run });
    expect(r.execute('edit.undo')).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(r.enabled()).toEqual([]);
  });

  it('a stale disposer does not remove a newer registration of the same id', () => {
    const r = new CommandRegistry();
    const first = r.register({ id: 'x', title: 'X', run: () => 1 });
    const second = { id: 'x', title: 'X2', run: () => 2 };
    r.register(second);
    first();
    expect(r.get('x')).toBe(second);
  });

  it('finds commands by key chord, with Mod as Ctrl or Cmd', () => {
    const r = new CommandRegistry();
    r.register({ id: 'palette', title: 'Palette', keybinding: 'Mod+Shift+P', run: () => undefined });
    const pc = chordOf({ key: 'p', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true });
    const mac = chordOf({ key: 'P', ctrlKey: false, metaKey: true, altKey: false, shiftKey: true });
    expect(r.forChord(pc, false)?.id).toBe('palette');
    expect(r.forChord(mac, true)?.id).toBe('palette');
    expect(r.forChord(pc, true)).toBeUndefined();
  });

  it('normalises and displays bindings', () => {
    expect(normaliseBinding('shift+mod+z', false)).toBe('Ctrl+Shift+Z');
    expect(displayBinding('Mod+Shift+P', true)).toBe('⌘⇧P');
    expect(displayBinding('F1', false)).toBe('F1');
  });

  it('notifies subscribers of changes', () => {
    const r = new CommandRegistry();
    const l = vi.fn();
    r.subscribe(l);
    r.register({ id: 'a', title: 'A', run: () => undefined })();
    expect(l).toHaveBeenCalledTimes(2);
  });
});
