import { describe, expect, it } from 'vitest';
import { parseDocumentName } from './documentName';

describe('parseDocumentName', () => {
  it('names the snapshot and the CRDT state of a journey and of a cohort', () => {
    expect(parseDocumentName('/mortgage.journey.json')).toEqual({ name: 'mortgage.journey.json', kind: 'journey', snapshotFile: 'mortgage.journey.json', stateFile: 'mortgage.journey.yjs' });
    expect(parseDocumentName('/retail%20customers.cohort.json')).toMatchObject({ name: 'retail customers.cohort.json', kind: 'cohort', stateFile: 'retail customers.cohort.yjs' });
    expect(parseDocumentName('/%C3%A9t%C3%A9.journey.json')).toMatchObject({ name: 'été.journey.json' });
  });

  it('refuses folders, parent paths, hidden files and names that are not journeys or cohorts', () => {
    for (const path of ['/', '/a/b.journey.json', '/..%2Fetc.journey.json', '/a%5Cb.journey.json', '/.journey.json', '/.x.journey.json', '/notes.txt', '/a.journey.json.yjs', '/a%00.journey.json', '/%E0%A4%A.journey.json', `/${'a'.repeat(200)}.journey.json`]) {
      expect(typeof parseDocumentName(path), path).toBe('string');
    }
  });
});
