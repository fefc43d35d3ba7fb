import type { JourneyDb } from './journeyDb';

export async function getSetting<T>(db: JourneyDb, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: JourneyDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
