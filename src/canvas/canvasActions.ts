import { createContext } from 'react';

/** What node views on the canvas may ask of it (stable callbacks; they read the latest document). */
export interface CanvasActions {
  renameStage(stageId: string, name: string): void;
}

export const CanvasActionsContext = createContext<CanvasActions>({ renameStage: () => undefined });
