import { xml } from './xmlText';

export type Attrs = Record<string, string | number | undefined | false>;

/** A number as the picture writes it: at most one decimal. */
export function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Path data with its coordinates rounded to one decimal (routes come with long fractions). */
export function roundPath(d: string): string {
  return d.replace(/-?\d+\.\d+(e-?\d+)?/g, (m) => num(Number(m)));
}

/** An element: every attribute value encoded; `children` is markup made by these functions. */
export function tag(name: string, a: Attrs, children?: string): string {
  const out = `<${name}${attrs(a)}`;
  return children === undefined ? `${out}/>` : `${out}>${children}</${name}>`;
}

/** Attributes, each value encoded (numbers rounded), with a leading space each. */
export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : xml(k === 'd' || k === 'transform' ? roundPath(v) : v)}"`;
  }
  return out;
}

/** A text element holding a document string (encoded). */
export function text(attrs: Attrs, content: string): string {
  return tag('text', attrs, xml(content));
}

/** A tooltip (`<title>`) holding a document string (encoded). */
export function title(content: string): string {
  return tag('title', {}, xml(content));
}
