import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openJourneyDb } from './journeyDb';
import { listFiles } from './fileRepository';
import { seedWorkspace } from './seedWorkspace';
import { SAMPLE_TEXTS } from './sampleTexts';
import { getSetting, setSetting } from './settingsRepository';
import { minimalCohort, minimalJourney } from '../../runtime/testing/minimalJourney';

const db = openJourneyDb('seed-test');
afterEach(async () => {
  await db.delete();
  await db.open();
});

describe('seedWorkspace', () => {
  const samples = {
    '/samples/mini.journey.json': JSON.stringify(minimalJourney()),
    '/samples/mini.cohort.json': JSON.stringify(minimalCohort()),
    '/samples/README.json': '{}',
  };

  it('seeds journeys and cohorts once, on first start', async () => {
    expect(await seedWorkspace(db, samples)).toEqual(['mini.cohort.json', 'mini.journey.json']);
    const files = await listFiles(db);
    expect(files.map((f) => [f.path, f.kind])).toEqual([['mini.cohort.json', 'cohort'], ['mini.journey.json', 'journey']]);
    expect(await seedWorkspace(db, samples)).toEqual([]);
    expect(await listFiles(db)).toHaveLength(2);
  });

  it('does not seed again after the user deleted everything', async () => {
    await seedWorkspace(db, samples);
    await db.files.clear();
    expect(await seedWorkspace(db, samples)).toEqual([]);
  });

  it('bundles the repository samples', () => {
    const names = Object.keys(SAMPLE_TEXTS);
    expect(names.some((n) => n.endsWith('.journey.json'))).toBe(true);
  });

  it('keeps settings', async () => {
    expect(await getSetting(db, 'theme', 'dark')).toBe('dark');
    await setSetting(db, 'theme', 'light');
    expect(await getSetting(db, 'theme', 'dark')).toBe('light');
  });
});
