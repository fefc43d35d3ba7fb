import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareJourneys } from '../../../runtime/sim';
import { openJourneyDb, type JourneyDb } from '../../storage/journeyDb';
import { deleteRun, deleteRunsOf, getRun, listRuns, pruneRuns, saveRun } from './runRepository';
import { sampleRun } from './testRuns';

const { journey, cohort, result } = sampleRun('mortgage-preapproval');

let db: JourneyDb;
let n = 0;
beforeEach(() => {
  db = openJourneyDb(`runs-test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('runRepository', () => {
  it('saves a run with its options, cohort path and label, and gets it back whole', async () => {
    const saved = await saveRun(db, { kind: 'simulation', fileId: 'f1', cohortPath: 'mortgage-preapproval.cohort.json', result }, 1_000);
    expect(saved).toMatchObject({
      fileId: 'f1',
      createdAt: 1_000,
      kind: 'simulation',
      cohortPath: 'mortgage-preapproval.cohort.json',
      label: '2,000 customers · seed 7 · fast',
      options: { customers: 2_000, seed: 7, engine: 'fast', horizonMs: result.horizonMs },
    });
    expect(typeof saved.id).toBe('number');
    const back = await getRun(db, saved.id);
    expect(back).toEqual(saved);
    expect(JSON.stringify(back!.result)).toBe(JSON.stringify(result));
    expect(await getRun(db, 999)).toBeUndefined();
  });

  it('keeps the label and options it is given', async () => {
    const saved = await saveRun(db, { kind: 'simulation', fileId: 'f1', cohortPath: 'c.json', result, label: 'Before the redesign', options: { horizonMs: 86_400_000 } });
    expect(saved.label).toBe('Before the redesign');
    expect(saved.options.horizonMs).toBe(86_400_000);
  });

  it('lists the runs of a file, newest first, without results', async () => {
    await saveRun(db, { kind: 'simulation', fileId: 'f1', cohortPath: 'c.json', result }, 1);
    await saveRun(db, { kind: 'simulation', fileId: 'f2', cohortPath: 'c.json', result }, 2);
    const b = journey;
    const comparison = compareJourneys(journey, b, cohort, { customers: 100, seed: 3 });
    await saveRun(db, { kind: 'comparison', fileId: 'f1', otherFileId: 'f9', cohortPath: 'c.json', result: comparison }, 3);
    const list = await listRuns(db, 'f1');
    expect(list.map((r) => [r.kind, r.createdAt, r.label])).toEqual([
      ['comparison', 3, '100 customers · seed 3 · fast'],
      ['simulation', 1, '2,000 customers · seed 7 · fast'],
    ]);
    expect(list[0]!.otherFileId).toBe('f9');
    expect(list.every((r) => !('result' in r))).toBe(true);
    const full = await getRun(db, list[0]!.id);
    expect(full!.kind === 'comparison' && full!.result).toEqual(comparison);
  });

  it('reads records stored with only the table’s own fields', async () => {
    const id = (await db.runs.add({ fileId: 'old', createdAt: 5, result })) as number;
    expect(await getRun(db, id)).toEqual({ id, fileId: 'old', createdAt: 5, kind: 'simulation', label: '2,000 customers · seed 7 · fast', cohortPath: '', options: { customers: 2_000, seed: 7, engine: 'fast', horizonMs: result.horizonMs }, result });
  });

  it('deletes one run, the runs of a file, or all but the newest', async () => {
    const ids: number[] = [];
    for (let t = 1; t <= 5; t++) ids.push((await saveRun(db, { kind: 'simulation', fileId: 'f1', cohortPath: 'c.json', result }, t)).id);
    await saveRun(db, { kind: 'simulation', fileId: 'f2', cohortPath: 'c.json', result }, 9);
    await deleteRun(db, ids[4]!);
    expect((await listRuns(db, 'f1')).map((r) => r.createdAt)).toEqual([4, 3, 2, 1]);
    expect(await pruneRuns(db, 'f1', 2)).toBe(2);
    expect((await listRuns(db, 'f1')).map((r) => r.createdAt)).toEqual([4, 3]);
    expect(await deleteRunsOf(db, 'f1')).toBe(2);
    expect(await listRuns(db, 'f1')).toEqual([]);
    expect(await listRuns(db, 'f2')).toHaveLength(1);
  });
});
