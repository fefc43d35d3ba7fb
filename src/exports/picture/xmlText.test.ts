import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOMParser } from '@xmldom/xmldom';
import { xml, xmlChars } from './xmlText';

const parse = (text: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(text, 'text/xml');
  return { doc, errors };
};

describe('xml', () => {
  it('escapes markup, quotes and line breaks', () => {
    expect(xml(`a<b>&"c"'d'\n]]>`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;]]&gt;');
  });

  it('drops what XML 1.0 forbids: control characters, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(xmlChars('a\u0000b\u0008c\u001fd\uD800e\uDFFFf\uFFFEg\uFFFFh')).toBe('abcdefgh');
    // a surrogate pair is one character (😀) and stays
    expect(xmlChars('x😀y\u{10FFFF}')).toBe('x😀y\u{10FFFF}');
  });

  it('round-trips any string through a real XML parser, as text and as an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const { doc, errors } = parse(`<r a="${xml(s)}">${xml(s)}</r>`);
        expect(errors).toEqual([]);
        const kept = [...s].filter((c) => /[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(c)).join('');
        expect(doc.documentElement!.textContent).toBe(kept);
        expect(doc.documentElement!.getAttribute('a')).toBe(kept);
      }),
    );
  });
});
