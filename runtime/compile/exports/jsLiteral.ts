// Document text in generated JavaScript/TypeScript. JSON is a JS expression whose strings no text
// can end early (quotes, backslashes and line breaks escaped; lone surrogates as \udXXX); U+2028 and
// U+2029 are escaped too, because runtimes before ES2019 end a string at them. Quoted this way a
// text is also safe in a `//` comment: it holds no line terminator, and starts with a quote, so it
// is never a directive (`@ts-nocheck`, `/// <reference>`).
//
// One key differs between JSON and JS: `"__proto__": v` in an object literal sets the prototype
// instead of defining the key (JSON.parse defines it). Written computed, `["__proto__"]: v`, it is a
// key, as in the data. (A quote inside a JSON string is always escaped, so the pattern, a quote
// right after `{` or `,` and blanks, only ever meets keys.)
export function jsLiteral(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/([{,]\s*)"__proto__":/g, '$1["__proto__"]:');
}
