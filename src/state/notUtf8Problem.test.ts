import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../runtime/model/decodeDocument';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';
import { notUtf8Problem } from './notUtf8Problem';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('notUtf8Problem', () => {
  const latin1 = bytes('{\n  "name": "Caf', [0xe9], '"\n}');
  const j035 = (decodeDocument(latin1, 'latin1.journey.json') as { diagnostic: Diagnostic }).diagnostic;
  const text = new TextDecoder('utf-8').decode(latin1);

  it('is at the place the CLI gives for the bad byte, with its message', () => {
    expect(notUtf8Problem(text, j035)).toEqual(j035);
    expect(j035).toMatchObject({ code: 'J035', start: { line: 2, column: 15 } });
  });

  it('moves with the text, and goes when no replacement character is left', () => {
    expect(notUtf8Problem(`\n${text}`, j035)?.start).toEqual({ line: 3, column: 15 });
    expect(notUtf8Problem(text.replace('\uFFFD', 'é'), j035)).toBeUndefined();
  });
});
