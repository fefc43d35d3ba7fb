import { useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import { commands as appCommands, displayBinding, normaliseBinding, type CommandRegistry } from '../commands/commandRegistry';
import { isMacPlatform } from '../app/keybindings';
import { activeDocId, useActiveDocId } from '../app/activeDocument';
import { EXPORT_MENU } from '../app/commands/exportCommands';
import { useCommandsVersion } from '../quickPick/useCommandsVersion';
import { useWorkspace } from '../state/workspaceStore';
import { activeTab, useLayout } from '../state/layoutStore';
import { EMPTY_SELECTION } from '../state/selection';
import { ContextMenu, type MenuItem } from '../shell/ContextMenu';
import { anchorBelow, closeExportMenu, useExportMenu } from './canvasExportMenu';
import { CANVAS_TOOLBAR, type ToolbarContext, type ToolbarItem } from './canvasToolbarItems';
import './CanvasToolbar.css';

/** A click on the button that lands right after the menu closed on its pointer-down must not reopen it. */
const REOPEN_GUARD_MS = 400;

/** "Undo (Ctrl+Z)": the command's title and its key, as the registry has them. */
export function toolbarTooltip(registry: CommandRegistry, id: string, isMac = isMacPlatform()): string {
  const c = registry.get(id);
  if (!c) return id;
  return c.keybinding ? `${c.title} (${displayBinding(c.keybinding, isMac)})` : c.title;
}

function useToolbarContext(): ToolbarContext {
  const docId = useActiveDocId();
  const doc = useWorkspace((s) => (docId ? s.docs[docId] : undefined));
  const selection = useWorkspace((s) => (docId ? s.selection[docId] : undefined)) ?? EMPTY_SELECTION;
  const onCanvas = useLayout((s) => activeTab(s)?.kind === 'canvas');
  const minimapOpen = useLayout((s) => s.minimapOpen);
  const emotionCurveOpen = useLayout((s) => s.emotionCurveOpen);
  const inspectorOpen = useLayout((s) => s.inspectorOpen);
  const panelOpen = useLayout((s) => s.panelOpen);
  const panelTab = useLayout((s) => s.panelTab);
  const zoom = useStore((s) => s.transform[2]);
  return { doc, selection, onCanvas, zoom, minimapOpen, emotionCurveOpen, inspectorOpen, panelOpen, panelTab };
}

/**
 * The canvas toolbar (a named part: `canvas-toolbar`), floating at the canvas's top edge: every
 * button dispatches its registered command, shows that command's title and key in its tooltip,
 * is disabled (aria-disabled, still focusable) when the command cannot run, and, for a part it
 * shows or hides, says whether it is shown (aria-pressed). One tab stop; the arrow keys, Home and
 * End move along it.
 */
export function CanvasToolbar({ registry = appCommands }: { registry?: CommandRegistry }) {
  useCommandsVersion();
  const ctx = useToolbarContext();
  const owner = useId();
  const menuAt = useExportMenu((s) => s.at);
  const closedAt = useRef(0);
  const [focusIndex, setFocusIndex] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const isMac = isMacPlatform();

  const closeMenu = () => {
    closedAt.current = performance.now();
    closeExportMenu();
  };

  const run = (item: ToolbarItem, e: MouseEvent<HTMLButtonElement>) => {
    if (!item.menu) return void registry.execute(item.command);
    if (performance.now() - closedAt.current < REOPEN_GUARD_MS) return;
    registry.execute(item.command, anchorBelow(e.currentTarget.getBoundingClientRect(), owner));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = e.key === 'ArrowRight' ? (i + 1) % buttons.length : e.key === 'ArrowLeft' ? (i - 1 + buttons.length) % buttons.length : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : -1;
    if (to < 0 || i < 0) return;
    e.preventDefault();
    setFocusIndex(to);
    buttons[to]?.focus();
  };

  const menuItems = (): (MenuItem | 'separator')[] =>
    EXPORT_MENU.map((entry): MenuItem | 'separator' => {
      const c = entry ? registry.get(entry[0]) : undefined;
      return c && entry
        ? {
            label: entry[1],
            run: () => {
              closedAt.current = 0; // closed by a choice, not by a click on the button
              registry.execute(c.id, activeDocId());
            },
          }
        : 'separator';
    }).filter((item, i, all) => item !== 'separator' || (i > 0 && all[i - 1] !== 'separator'));

  let index = 0;
  return (
    <div ref={ref} className="ct-toolbar nokey" role="toolbar" aria-label="Canvas toolbar" aria-orientation="horizontal" data-testid="canvas-toolbar" data-toolbar-owner={owner} onKeyDown={onKeyDown}>
      {CANVAS_TOOLBAR.map((group, g) => (
        <div key={g} className="ct-group" role="group">
          {g > 0 && <span className="ct-separator" role="separator" aria-orientation="vertical" />}
          {group.map((item) => {
            const command = registry.get(item.command);
            const when = !!command && (command.when?.() ?? true);
            const enabled = !!command && (item.can ? item.can(ctx, when) : when);
            const reason = enabled ? undefined : item.reason?.(ctx);
            const tooltip = toolbarTooltip(registry, item.command, isMac);
            const pressed = item.pressed?.(ctx);
            const Icon = item.icon;
            const i = index++;
            return (
              <button
                key={item.command}
                type="button"
                className={`ct-button${item.text ? ' ct-text' : ''}${pressed ? ' ct-pressed' : ''}`}
                data-testid={`canvas-toolbar-${item.name}`}
                data-command={item.command}
                aria-label={command?.title ?? item.command}
                aria-keyshortcuts={command?.keybinding ? normaliseBinding(command.keybinding, isMac).replace('Ctrl', 'Control') : undefined}
                aria-disabled={enabled ? undefined : true}
                aria-pressed={pressed}
                aria-haspopup={item.menu ? 'menu' : undefined}
                aria-expanded={item.menu ? menuAt?.owner === owner : undefined}
                title={reason ? `${tooltip}\n${reason}` : tooltip}
                tabIndex={i === focusIndex ? 0 : -1}
                onFocus={() => setFocusIndex(i)}
                onClick={(e) => enabled && run(item, e)}
              >
                {Icon ? <Icon size={16} /> : item.text?.(ctx)}
              </button>
            );
          })}
        </div>
      ))}
      {/* in the page's body: fixed to the window, whatever the canvas's layers do (and its focus scrolls nothing) */}
      {menuAt?.owner === owner && createPortal(<ContextMenu menu={{ x: menuAt.x, y: menuAt.y, items: menuItems() }} onClose={closeMenu} />, document.body)}
    </div>
  );
}

/** The strip at the canvas's top edge the toolbar takes (its margin and height): a map opens and fits below it. */
export const TOOLBAR_RESERVE = 46;
