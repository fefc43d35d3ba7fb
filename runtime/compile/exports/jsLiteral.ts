// Document text in generated JavaScript/TypeScript. JSON is a JS expression whose strings no text
// can end early (quotes, backslashes and line breaks escaped; lone surrogates as \udXXX); U+2028 and
// U+2029 are escaped too, because runtimes before ES2019 end a string at them. Quoted this way a
// text is also safe in a `//` comment: it holds no line terminator, and starts with a quote, so it
// is never a directive (`@ts-nocheck`, `/// <reference>`).
export function jsLiteral(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
