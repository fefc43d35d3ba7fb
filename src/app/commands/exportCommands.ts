import { commands, type Disposer } from '../../commands/commandRegistry';
import { activeDoc, targetDoc } from '../activeDocument';
import { exportJourneyText, type TextExportKind } from '../../exports/journeyTextExports';
import { exportMapPicture } from '../../exports/exportMapPicture';
import { openPictureDialog } from '../../exports/pictureDialogStore';

/** The export commands in the order of the editor's Export menu, with their labels there (null: a separator). */
export const EXPORT_MENU: ([id: string, label: string] | null)[] = [
  ['export.xstateTs', 'XState TypeScript module (.machine.ts)'],
  ['export.xstateJson', 'XState machine JSON (.machine.json)'],
  ['export.mermaid', 'Mermaid state diagram (.mmd)'],
  null,
  ['export.svg', 'Map as SVG'],
  ['export.png', 'Map as PNG'],
  ['export.picture', 'Map picture…'],
  null,
  ['export.tests', 'Generated tests (Vitest)'],
];

const TEXT: [string, string, TextExportKind][] = [
  ['export.xstateTs', 'Export XState TypeScript', 'xstateTs'],
  ['export.xstateJson', 'Export XState JSON', 'xstateJson'],
  ['export.mermaid', 'Export Mermaid', 'mermaid'],
  ['export.tests', 'Export Generated Tests', 'tests'],
];
const IMAGES: [string, string, 'svg' | 'png'][] = [
  ['export.svg', 'Export SVG', 'svg'],
  ['export.png', 'Export PNG', 'png'],
];

/** Downloads of the active journey (or the one given, from a menu): module, JSON, Mermaid, pictures, tests. */
export function registerExportCommands(): Disposer {
  const journeyActive = () => activeDoc()?.kind === 'journey';
  const docIdOf = (arg: unknown) => targetDoc(arg)?.id;
  const disposers = [
    ...TEXT.map(([id, title, kind]) => commands.register({ id, title, category: 'Journey', when: journeyActive, run: (arg?: unknown) => exportJourneyText(docIdOf(arg), kind) })),
    // Pictures of the map with the remembered choices (area, background, scale); the dialog changes them.
    ...IMAGES.map(([id, title, format]) => commands.register({ id, title, category: 'Journey', when: journeyActive, run: (arg?: unknown) => exportMapPicture(docIdOf(arg), { format }) })),
    commands.register({
      id: 'export.picture',
      title: 'Export Map Picture…',
      category: 'Journey',
      when: journeyActive,
      run: (arg?: unknown) => {
        const id = docIdOf(arg);
        if (id) openPictureDialog(id);
      },
    }),
  ];
  return () => disposers.forEach((d) => d());
}
