/**
 * What a feature paints over the map without touching the document: simulation results (volume on
 * edges, drop-off / queue / emotion on nodes), the replayed customer's position, the changes of a
 * comparison. Data only; the canvas renders it.
 */
export type OverlayTone = 'good' | 'warn' | 'bad' | 'none' | 'current' | 'visited' | 'added' | 'changed' | 'removed';

export interface NodeOverlay {
  tone?: OverlayTone;
  /** A short figure shown on the node, e.g. "38% drop", "⏱ 12m", "☺ +1.2". */
  badge?: string;
  /** Longer text for the tooltip. */
  title?: string;
  /** An experiment (split) after a run: per variant, its customers and the share of them that reached the goal (0…1). */
  variants?: Record<string, { customers: number; goalShare: number }>;
}

export interface EdgeOverlay {
  /** Stroke width in px (1–12). */
  width?: number;
  /** Replaces the trigger label, e.g. "1,234 · 12.3%". */
  label?: string;
  tone?: OverlayTone;
}

export interface CanvasOverlay {
  /** Which feature painted it (shown in the canvas's legend). */
  source: 'simulation' | 'replay' | 'compare';
  /** A one-line legend, e.g. "Simulation · 10,000 customers · drop-off · all segments". */
  legend: string;
  nodes: Record<string, NodeOverlay>;
  edges: Record<string, EdgeOverlay>;
  /** Fade the elements the overlay does not mention. */
  dimOthers?: boolean;
  /** What the tones mean in this overlay, for the legend's key (default: fine, watch, problem, no data…). */
  toneNames?: Partial<Record<OverlayTone, string>>;
}
