import { describe, expect, it } from 'vitest';
import { importKind } from './importKind';

describe('importKind', () => {
  it('is the format the text names, even when the text does not parse', () => {
    expect(importKind('x.journey.json', '{ "format" : "cohort/1", "segments": [')).toBe('cohort');
    expect(importKind('x.cohort.json', '{"format":"journey/1"')).toBe('journey');
  });
  it('else the name says it, else a journey', () => {
    expect(importKind('people.cohort.json', '{ nope')).toBe('cohort');
    expect(importKind('People.COHORT.JSON', '')).toBe('cohort');
    expect(importKind('map.json', '{ nope')).toBe('journey');
    expect(importKind('cohort-notes.json', '{"format":"other/1"}')).toBe('journey');
  });
});
