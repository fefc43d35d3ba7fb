import { create } from 'zustand';

/** Where the export menu of a canvas toolbar is open: at a point, below the toolbar that asked for it. */
export interface ExportMenuAnchor {
  x: number;
  y: number;
  /** The toolbar that shows it (with split editors each canvas has one). */
  owner: string;
}

export const useExportMenu = create<{ at: ExportMenuAnchor | null }>()(() => ({ at: null }));

export function openExportMenu(at: ExportMenuAnchor): void {
  useExportMenu.setState({ at });
}

export function closeExportMenu(): void {
  if (useExportMenu.getState().at) useExportMenu.setState({ at: null });
}

export function isExportMenuAnchor(v: unknown): v is ExportMenuAnchor {
  const a = v as Partial<ExportMenuAnchor> | null;
  return !!a && typeof a === 'object' && typeof a.x === 'number' && typeof a.y === 'number' && typeof a.owner === 'string';
}

/** The anchor of a menu that opens below a button. */
export function anchorBelow(button: Pick<DOMRect, 'left' | 'bottom'>, owner: string): ExportMenuAnchor {
  return { x: button.left, y: button.bottom + 4, owner };
}
