import { describe, expect, it } from 'vitest';
import { formatDocument, FORMAT_WIDTH } from './formatDocument';
import { minimalJourney } from '../testing/minimalJourney';
import { validateText } from '../lint/validateText';

describe('formatDocument', () => {
  it('round-trips: the text parses back to the same document', () => {
    const doc = minimalJourney();
    expect(JSON.parse(formatDocument(doc))).toEqual(doc);
    expect(validateText(formatDocument(doc)).journey).toEqual(doc);
  });

  it('writes small objects on one line and the document on many', () => {
    const text = formatDocument({ format: 'journey/1', nodes: [{ id: 'a', position: { x: 0, y: 40 } }] });
    expect(text).toBe('{\n  "format": "journey/1",\n  "nodes": [{ "id": "a", "position": { "x": 0, "y": 40 } }]\n}\n');
  });

  it('breaks what does not fit the width, and objects nested two deep', () => {
    const long = { id: 'x'.repeat(FORMAT_WIDTH), kind: 'touchpoint' };
    const text = formatDocument({ nodes: [long], a: { b: { c: { d: 1 } } } });
    expect(text).toContain(`{\n      "id": "${'x'.repeat(FORMAT_WIDTH)}",\n      "kind": "touchpoint"\n    }`);
    expect(text).toContain('"a": {\n    "b": { "c": { "d": 1 } }\n  }');
  });

  it('keeps every line within the width when it can', () => {
    const text = formatDocument(minimalJourney());
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(FORMAT_WIDTH);
  });

  it('drops undefined fields like JSON.stringify', () => {
    expect(formatDocument({ a: 1, b: undefined })).toBe('{\n  "a": 1\n}\n');
  });
});
