import type { LaneKind } from '../../runtime/model/primitives';

export type BlueprintLineKind = 'interaction' | 'visibility' | 'internal';

export interface BlueprintLine {
  kind: BlueprintLineKind;
  label: string;
  /** The line lies between row `afterRow` and the row below it. */
  afterRow: number;
}

const LINES: { above: LaneKind; below: LaneKind; kind: BlueprintLineKind; label: string }[] = [
  { above: 'customer', below: 'frontstage', kind: 'interaction', label: 'Line of interaction' },
  { above: 'frontstage', below: 'backstage', kind: 'visibility', label: 'Line of visibility' },
  { above: 'backstage', below: 'support', kind: 'internal', label: 'Line of internal interaction' },
];

/** The service blueprint's lines: where a row of one lane kind meets a row of the next kind. */
export function blueprintLines(rows: readonly { kind: LaneKind }[]): BlueprintLine[] {
  const out: BlueprintLine[] = [];
  for (let i = 0; i + 1 < rows.length; i++) {
    const line = LINES.find((l) => l.above === rows[i]!.kind && l.below === rows[i + 1]!.kind);
    if (line) out.push({ kind: line.kind, label: line.label, afterRow: i });
  }
  return out;
}
