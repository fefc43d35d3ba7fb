// Document text as a Mermaid label that renders exactly that text. Mermaid reads `#<code>;` in a
// label as the character of that code (it turns it into an HTML entity after parsing), so every
// character that could mean something to Mermaid's lexer, its preprocessing, HTML, Markdown (`*`,
// `_`), KaTeX (`$$`) or icons (`fa:`) is written that way. Letters, digits, some punctuation and
// single inner spaces stay as they are, so ordinary labels still read in the source.
// What cannot be shown exactly (see mermaidShownText): a lone surrogate or U+0000 (no UTF-8 file or
// HTML text holds one) becomes U+FFFD, CR LF and CR become LF (HTML parsing normalises them), and Mermaid decodes its own entity placeholders `ﬂ°` and `¶ß`
// even in the rendered text, so those two pairs get an invisible U+2060 WORD JOINER in between.
// C1 controls stay raw: HTML maps their codes to other characters (&#128; is €).

const PLAIN_ASCII = /[A-Za-z0-9.,'()/+=?!@>[\]-]/;
/** Non-ASCII characters that still need a code: controls, separators, format characters, surrogates, and Mermaid's placeholders. */
const CODED_UNICODE = /[\p{C}\p{Z}\uFB02\u00B0\u00B6\u00DF]/u;

const code = (cp: number) => `#${cp};`;

/** The text a Mermaid label of `text` shows: `text` but for what no label can hold (above). */
export function mermaidShownText(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g, '\uFFFD').replace(/\r\n?/g, '\n').replace(/ﬂ(?=°)|¶(?=ß)/g, '$&\u2060');
}

export function mermaidLabel(text: string): string {
  let out = '';
  let previous = '';
  const chars = [...mermaidShownText(text)];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && cp <= 0x9f) out += ch;
    else if (ch === ' ') out += i === 0 || i === chars.length - 1 || previous === ' ' ? code(32) : ' ';
    else if (cp < 0x80) out += PLAIN_ASCII.test(ch) ? ch : code(cp);
    else out += CODED_UNICODE.test(ch) ? code(cp) : ch;
    previous = ch;
  });
  // The lexer reads `direction` + whitespace + TB/LR/… anywhere on a line (or across a line end),
  // and `[[fork]]`, `[[join]]`, `[[choice]]` anywhere in a state line.
  return out.replace(/(directio)(n)(?=\s|$)/gi, (_, head: string, n: string) => head + code(n.charCodeAt(0))).replace(/\[(?=\[)/g, code(91));
}
