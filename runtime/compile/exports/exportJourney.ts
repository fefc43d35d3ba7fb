// The export formats of `compile --format <format>`, by name.
import type { Journey } from '../../model/journey';
import { exportJson } from './exportJson';
import { exportMermaid } from './exportMermaid';
import { exportTs } from './exportTs';

export const EXPORT_FORMATS = { ts: exportTs, json: exportJson, mermaid: exportMermaid } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The file extension of each format's output. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { ts: '.machine.ts', json: '.machine.json', mermaid: '.mmd' };

export function isExportFormat(format: string): format is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, format);
}

/** A valid journey (lint first: export functions assume one) in the given format. */
export function exportJourney(journey: Journey, format: ExportFormat): string {
  return EXPORT_FORMATS[format](journey);
}
