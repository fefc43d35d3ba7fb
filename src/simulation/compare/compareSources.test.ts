import { describe, expect, it } from 'vitest';
import type { VersionRecord } from '../../storage/journeyDb';
import { previousVersion } from './compareSources';

const v = (rev: number, text: string): VersionRecord => ({ id: rev, fileId: 'f', rev, text, label: `v${rev}`, savedAt: rev });

describe('previousVersion', () => {
  it('the newest saved version unlike the text now', () => {
    expect(previousVersion([v(3, 'c'), v(2, 'b'), v(1, 'a')], 'c')?.rev).toBe(2);
    expect(previousVersion([v(3, 'c'), v(2, 'b')], 'd')?.rev).toBe(3);
    expect(previousVersion([v(1, 'a')], 'a')).toBeUndefined();
  });
});
