import { describe, expect, it } from 'vitest';
import { backupText, clearBackup, readBackups } from './crashBackup';

function memory() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe('crashBackup', () => {
  it('keeps unsaved texts per file until cleared', () => {
    const s = memory();
    backupText('a', { text: '{ broken', baseRev: 3, at: 1 }, s);
    backupText('b', { text: 'b', baseRev: 1, at: 2 }, s);
    expect(readBackups(s).a).toEqual({ text: '{ broken', baseRev: 3, at: 1 });
    clearBackup('a', s);
    expect(Object.keys(readBackups(s))).toEqual(['b']);
    clearBackup('b', s);
    expect(s.m.size).toBe(0);
  });

  it('survives garbage in storage', () => {
    const s = memory();
    s.setItem('journey-studio.unsaved', 'not json');
    expect(readBackups(s)).toEqual({});
  });
});
