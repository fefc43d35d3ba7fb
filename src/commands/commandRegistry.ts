/**
 * The command registry: every user action is a command registered by id. The palette, menus,
 * toolbar buttons and key bindings all dispatch through it (VS Code's model).
 */
export interface Command {
  /** Stable id, e.g. `journey.addNode`. */
  id: string;
  /** Shown in the palette, e.g. "Journey: Add Node". */
  title: string;
  /** Palette group, e.g. "Journey", "View", "Edit". */
  category?: string;
  /** Key binding in VS Code notation: "Ctrl+Shift+P", "Mod+Z" (Mod = Cmd on macOS, Ctrl elsewhere). */
  keybinding?: string;
  /** When false, the command is hidden from the palette and its key does nothing. */
  when?: () => boolean;
  run: (...args: unknown[]) => unknown;
}

export type Disposer = () => void;
type Listener = () => void;

export class CommandRegistry {
  private readonly commands = new Map<string, Command>();
  private readonly listeners = new Set<Listener>();
  private version = 0;

  /** Register a command; the returned disposer removes it (only if it is still this registration). */
  register(command: Command): Disposer {
    this.commands.set(command.id, command);
    this.changed();
    return () => {
      if (this.commands.get(command.id) === command) {
        this.commands.delete(command.id);
        this.changed();
      }
    };
  }

  get(id: string): Command | undefined {
    return this.commands.get(id);
  }

  /** Every command, sorted by category then title (the palette's order). */
  all(): Command[] {
    return [...this.commands.values()].sort((a, b) => `${a.category ?? ''}${a.title}`.localeCompare(`${b.category ?? ''}${b.title}`));
  }

  /** Commands that can run now. */
  enabled(): Command[] {
    return this.all().filter((c) => c.when?.() ?? true);
  }

  /** Run a command by id; false when unknown or disabled. */
  execute(id: string, ...args: unknown[]): boolean {
    const c = this.commands.get(id);
    if (!c || !(c.when?.() ?? true)) return false;
    void c.run(...args);
    return true;
  }

  /** The command bound to a key chord (normalised, see chordOf), if any is enabled. */
  forChord(chord: string, isMac: boolean): Command | undefined {
    for (const c of this.commands.values()) {
      if (c.keybinding && normaliseBinding(c.keybinding, isMac) === chord && (c.when?.() ?? true)) return c;
    }
    return undefined;
  }

  subscribe(listener: Listener): Disposer {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getVersion(): number {
    return this.version;
  }

  private changed() {
    this.version++;
    for (const l of this.listeners) l();
  }
}

const ORDER = ['Ctrl', 'Meta', 'Alt', 'Shift'];

/** "Mod+Shift+p" → "Ctrl+Shift+P" (or "Meta+Shift+P" on macOS). */
export function normaliseBinding(binding: string, isMac: boolean): string {
  const parts = binding.split('+').map((p) => p.trim());
  const key = parts.pop()!;
  const mods = parts.map((m) => {
    const l = m.toLowerCase();
    if (l === 'mod') return isMac ? 'Meta' : 'Ctrl';
    if (l === 'cmd' || l === 'meta') return 'Meta';
    if (l === 'ctrl' || l === 'control') return 'Ctrl';
    if (l === 'alt' || l === 'option') return 'Alt';
    return 'Shift';
  });
  const sorted = [...new Set(mods)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return [...sorted, key.length === 1 ? key.toUpperCase() : key].join('+');
}

/** The chord of a keyboard event, in the same notation. */
export function chordOf(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }): string {
  const mods = [e.ctrlKey && 'Ctrl', e.metaKey && 'Meta', e.altKey && 'Alt', e.shiftKey && 'Shift'].filter(Boolean) as string[];
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  return [...mods, key].join('+');
}

/** How a binding is shown on this platform: "Ctrl+Shift+P" or "⌘⇧P". */
export function displayBinding(binding: string, isMac: boolean): string {
  const n = normaliseBinding(binding, isMac);
  if (!isMac) return n;
  return n.replace('Meta+', '⌘').replace('Ctrl+', '⌃').replace('Alt+', '⌥').replace('Shift+', '⇧');
}

/** The application's one registry. */
export const commands = new CommandRegistry();
