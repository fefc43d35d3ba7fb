// The journey's text exports: the XState module (TypeScript), the machine JSON, Mermaid and the
// generated tests. Each is a download named after the journey's id; each is refused, with the first
// error named, while the journey has errors. The generators load on first use (they are large).
import type { Journey } from '../../runtime/model/journey';
import { download } from '../app/importExport';
import { log, notify } from '../state/uiActions';
import { exportableJourney } from './exportableJourney';

export type TextExportKind = 'xstateTs' | 'xstateJson' | 'mermaid' | 'tests';

interface TextExport {
  /** What the notification and the log call it. */
  what: string;
  fileName(id: string): string;
  type: string;
  make(journey: Journey): Promise<string>;
}

export const TEXT_EXPORTS: Record<TextExportKind, TextExport> = {
  xstateTs: {
    what: 'the XState TypeScript module',
    fileName: (id) => `${id}.machine.ts`,
    type: 'text/typescript',
    make: async (j) => (await import('../../runtime/compile/exports/exportTs')).exportTs(j),
  },
  xstateJson: {
    what: 'the XState machine JSON',
    fileName: (id) => `${id}.machine.json`,
    type: 'application/json',
    make: async (j) => (await import('../../runtime/compile/exports/exportJson')).exportJson(j),
  },
  mermaid: {
    what: 'the Mermaid state diagram',
    fileName: (id) => `${id}.mmd`,
    type: 'text/vnd.mermaid',
    make: async (j) => (await import('../../runtime/compile/exports/exportMermaid')).exportMermaid(j),
  },
  tests: {
    what: 'the generated tests',
    fileName: (id) => `${id}.test.ts`,
    type: 'text/typescript',
    make: async (j) => (await import('../../runtime/testgen/generateTests')).generateTests(j, { importPath: `./${j.id}.machine` }),
  },
};

/** Downloads one text export of a journey file; false when refused or failed (a notification says why). */
export async function exportJourneyText(docId: string | undefined, kind: TextExportKind): Promise<boolean> {
  const spec = TEXT_EXPORTS[kind];
  const target = exportableJourney(docId, `export ${spec.what}`);
  if (!target) return false;
  const name = spec.fileName(target.journey.id);
  try {
    download(name, await spec.make(target.journey), spec.type);
  } catch (e) {
    notify(`Could not export ${name}: ${(e as Error).message}`, 'error');
    return false;
  }
  log(`Exported ${name} from ${target.doc.path}`);
  return true;
}
