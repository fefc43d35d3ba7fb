import { generateTests } from '../../testgen/generateTests';
import { CliError, EXIT } from '../cliError';
import type { CliIo } from '../cliIo';
import { loadValidJourney } from '../loadDocuments';

export const TEST_GEN_USAGE = 'test-gen <journey> [-o out.test.ts] [--import ./<id>.machine]';

/** `test-gen`: a Vitest file with one test per shortest path to each outcome. */
export function testGenCommand(io: CliIo, files: string[], options: { output?: string; import?: string }): number {
  if (files.length !== 1) throw new CliError(`usage: journey ${TEST_GEN_USAGE}`);
  const { journey } = loadValidJourney(io, files[0]!);
  const text = generateTests(journey, options.import !== undefined ? { importPath: options.import } : {});
  if (options.output) io.writeText(options.output, text);
  else io.stdout(text);
  return EXIT.ok;
}
