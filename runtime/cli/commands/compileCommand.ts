import { exportJson } from '../../compile/exports/exportJson';
import { exportMermaid } from '../../compile/exports/exportMermaid';
import { exportTs } from '../../compile/exports/exportTs';
import type { Journey } from '../../model/journey';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';
import { loadValidJourney } from '../loadDocuments';

export const COMPILE_USAGE = 'compile <journey> --format ts|json|mermaid [-o out]';

const EXPORTERS: Record<string, (journey: Journey) => string> = { ts: exportTs, json: exportJson, mermaid: exportMermaid };

/** `compile`: the journey as an XState module, machine JSON or Mermaid diagram; refused while it has errors. */
export function compileCommand(io: CliIo, files: string[], options: { format?: string; output?: string }): number {
  if (files.length !== 1) throw new CliError(`usage: journey ${COMPILE_USAGE}`);
  const format = options.format ?? 'ts';
  const exporter = EXPORTERS[format];
  if (!exporter) throw new CliError(`journey compile: unknown --format '${format}': use ts, json or mermaid`);
  const { journey } = loadValidJourney(io, files[0]!);
  const text = exporter(journey);
  if (options.output) io.writeText(options.output, text);
  else io.stdout(text);
  return EXIT.ok;
}
