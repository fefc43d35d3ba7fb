import { useEffect, useRef } from 'react';

export interface MenuItem {
  label: string;
  run: () => void;
  keybinding?: string;
  danger?: boolean;
}

export interface MenuState {
  x: number;
  y: number;
  items: (MenuItem | 'separator')[];
}

/** A context menu at a point; closes on a click elsewhere, Escape, or a choice. */
export function ContextMenu({ menu, onClose }: { menu: MenuState; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (e.type === 'pointerdown' && ref.current?.contains(e.target as Node)) return;
      onClose();
    };
    addEventListener('pointerdown', close, true);
    addEventListener('keydown', close, true);
    addEventListener('blur', onClose);
    return () => {
      removeEventListener('pointerdown', close, true);
      removeEventListener('keydown', close, true);
      removeEventListener('blur', onClose);
    };
  }, [onClose]);
  const left = Math.min(menu.x, innerWidth - 240);
  const top = Math.min(menu.y, innerHeight - menu.items.length * 28 - 16);
  return (
    <div
      ref={ref}
      className="ws-menu nokey"
      role="menu"
      style={{ left, top }}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
        e.preventDefault();
        const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      }}
    >
      {menu.items.map((item, i) =>
        item === 'separator' ? (
          <div key={i} className="ws-menu-separator" />
        ) : (
          <button
            key={item.label}
            role="menuitem"
            className={`ws-menu-item${item.danger ? ' ws-danger' : ''}`}
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            <span>{item.label}</span>
            {item.keybinding && <kbd>{item.keybinding}</kbd>}
          </button>
        ),
      )}
    </div>
  );
}
