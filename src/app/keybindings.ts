import { chordOf, normaliseBinding, type CommandRegistry } from '../commands/commandRegistry';

/** Extra keys for commands (the registry holds one binding per command). */
export const KEY_ALIASES: Record<string, string> = {
  F1: 'workbench.action.showCommands',
  'Mod+Y': 'edit.redo',
  Backspace: 'edit.delete',
};

/** Keys a text field keeps for itself (its own undo, clipboard, selection, deletion). */
const TEXT_KEYS = ['Mod+Z', 'Mod+Shift+Z', 'Mod+Y', 'Mod+C', 'Mod+V', 'Mod+X', 'Mod+A', 'Delete', 'Backspace', 'Mod+Backspace', 'Mod+Delete', 'F2'];

export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!target || !(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes((target as HTMLInputElement).type);
  return false;
}

/**
 * The chord of a key event. With Alt, the physical letter (macOS turns Alt+N into "ñ"); with Alt or
 * Shift, the physical digit (Shift+1 types "!" on most layouts, but the binding says Shift+1).
 */
export function eventChord(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): string {
  const key = e.altKey && /^Key[A-Z]$/.test(e.code) ? e.code.slice(3) : (e.altKey || e.shiftKey) && /^Digit\d$/.test(e.code) ? e.code.slice(5) : e.key;
  return chordOf({ key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: e.shiftKey });
}

/**
 * Global key handling: every bound key dispatches through the command registry. In a text field
 * (an input, Monaco) only chords with a modifier or function keys go to commands, and never the
 * field's own editing keys.
 */
export function installKeybindings(registry: CommandRegistry, target: Window = window, isMac = isMacPlatform()): () => void {
  const textKeys = new Set(TEXT_KEYS.map((k) => normaliseBinding(k, isMac)));
  const aliases = new Map(Object.entries(KEY_ALIASES).map(([k, id]) => [normaliseBinding(k, isMac), id]));
  const handler = (e: KeyboardEvent) => {
    if (e.isComposing || (e.repeat && !e.ctrlKey && !e.metaKey)) return;
    if (['Control', 'Shift', 'Alt', 'Meta'].includes(e.key)) return;
    const chord = eventChord(e);
    if (isEditableTarget(e.target)) {
      const modified = e.ctrlKey || e.metaKey || e.altKey || /^F\d+$/.test(e.key);
      if (!modified || textKeys.has(chord)) return;
    }
    const aliased = aliases.get(chord);
    const command = registry.forChord(chord, isMac) ?? (aliased ? registry.get(aliased) : undefined);
    if (!command || !registry.execute(command.id)) return;
    e.preventDefault();
    e.stopPropagation();
  };
  target.addEventListener('keydown', handler, true);
  return () => target.removeEventListener('keydown', handler, true);
}
