import { validateText } from '../../runtime/lint/validateText';
import { createFile } from './fileRepository';
import type { JourneyDb } from './journeyDb';
import { getSetting, setSetting } from './settingsRepository';

/** The file name of a sample given by path (`/samples/x.journey.json` → `x.journey.json`). */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * On first start, put the samples in the workspace (journeys and cohorts; anything else in
 * samples/ is skipped). Returns the paths seeded; nothing when the workspace was seeded before.
 */
export async function seedWorkspace(db: JourneyDb, samples: Record<string, string>): Promise<string[]> {
  if (await getSetting(db, 'seeded', false)) return [];
  const seeded: string[] = [];
  const existing = new Set((await db.files.toArray()).map((f) => f.path));
  for (const [path, text] of Object.entries(samples).sort(([a], [b]) => a.localeCompare(b))) {
    const name = baseName(path);
    if (!/\.(journey|cohort)\.json$/.test(name) || existing.has(name)) continue;
    const kind = validateText(text).kind ?? (name.endsWith('.cohort.json') ? 'cohort' : 'journey');
    await createFile(db, { path: name, kind, text, label: 'Sample' });
    seeded.push(name);
  }
  await setSetting(db, 'seeded', true);
  return seeded;
}
