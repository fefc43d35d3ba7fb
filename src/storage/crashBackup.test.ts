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

  it('reads no backups from stored JSON of another shape (null, a list, a string, a number)', () => {
    const s = memory();
    for (const stored of ['null', '[{"text": "x", "baseRev": 1, "at": 2}]', '"abc"', '7', '1e309']) {
      s.setItem('journey-studio.unsaved', stored);
      expect(readBackups(s)).toEqual({});
    }
  });

  it('leaves out each entry that is not a backup, keeping the good ones', () => {
    const s = memory();
    const good = { text: '{}', baseRev: 2, at: 3 };
    s.setItem('journey-studio.unsaved', JSON.stringify({ a: null, b: { text: 5, baseRev: 1, at: 1 }, c: 'text', d: { text: 'x' }, e: good, f: [good] }).replace('"at":3', '"at":3,"extra":true').replace('"d":{"text":"x"}', '"d":{"text":"x","baseRev":1e309,"at":1}'));
    expect(readBackups(s)).toEqual({ e: good });
    expect(Object.keys(readBackups(s))).toEqual(['e']);
  });

  it('never takes "__proto__" as a file id (no prototype set, nothing injected), nor keeps it when writing back', () => {
    const s = memory();
    s.setItem('journey-studio.unsaved', '{"__proto__": {"text": "hostile", "baseRev": 1, "at": 1, "polluted": true}, "a": {"text": "ok", "baseRev": 1, "at": 1}}');
    const all = readBackups(s);
    expect(Object.getPrototypeOf(all)).toBe(Object.prototype);
    expect(Object.keys(all)).toEqual(['a']);
    expect((all as Record<string, unknown>).text).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    backupText('b', { text: 'b', baseRev: 1, at: 2 }, s);
    expect(s.m.get('journey-studio.unsaved')).not.toContain('__proto__');
  });
});
