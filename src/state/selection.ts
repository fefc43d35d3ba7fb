/** What is selected on a journey's canvas (the canvas's `Selection` has the same shape). */
export interface Selection {
  nodes: string[];
  edges: string[];
}

export const EMPTY_SELECTION: Selection = Object.freeze({ nodes: [], edges: [] }) as Selection;
