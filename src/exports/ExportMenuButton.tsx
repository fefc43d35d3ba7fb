import { useCallback, useRef, useState } from 'react';
import { commands } from '../commands/commandRegistry';
import { ContextMenu, type MenuItem, type MenuState } from '../shell/ContextMenu';
import { EXPORT_MENU } from '../app/commands/exportCommands';

function ExportIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M12 4v11" />
      <path d="m7.5 10.5 4.5 4.5 4.5-4.5" />
      <path d="M5 16v2.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V16" />
    </svg>
  );
}

/** The "Export…" menu of a journey's editor title bar: the export commands, for the tab's file. */
export function ExportMenuButton({ docId }: { docId: string }) {
  const [menu, setMenu] = useState<MenuState | null>(null);
  // The menu closes on the pointer-down of any click outside it: a click on this button must not reopen it.
  const closedAt = useRef(0);
  const close = useCallback(() => {
    closedAt.current = performance.now();
    setMenu(null);
  }, []);
  const open = (e: React.MouseEvent<HTMLButtonElement>) => {
    if (performance.now() - closedAt.current < 400) return;
    const r = e.currentTarget.getBoundingClientRect();
    const items = EXPORT_MENU.map((entry): MenuItem | 'separator' => {
      const c = entry ? commands.get(entry[0]) : undefined;
      return c && entry
        ? {
            label: entry[1],
            run: () => {
              closedAt.current = 0; // closed by a choice, not by a click on the button
              void c.run(docId);
            },
          }
        : 'separator';
    }).filter((item, i, all) => item !== 'separator' || (i > 0 && all[i - 1] !== 'separator'));
    setMenu({ x: Math.max(8, r.right - 232), y: r.bottom + 2, items });
  };
  return (
    <>
      <button className={`ws-icon-button${menu ? ' ws-active' : ''}`} title="Export…" aria-label="Export…" aria-haspopup="menu" aria-expanded={!!menu} data-testid="action-export" onClick={(e) => (menu ? close() : open(e))}>
        <ExportIcon />
      </button>
      {menu && <ContextMenu menu={menu} onClose={close} />}
    </>
  );
}
