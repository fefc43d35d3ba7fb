/** What a CEL text reads, which decides how often the simulator must evaluate it. */
export const ExprClass = {
  /** Reads nothing: evaluated once. */
  constant: 0,
  /** Reads only `customer.segment`: evaluated once per segment. */
  segment: 1,
  /** Reads other customer attributes (never `journey` or `event`): the same for one customer all along. */
  customer: 2,
  /** Reads `journey` or `event`: evaluated every time. */
  dynamic: 3,
} as const;
export type ExprClass = (typeof ExprClass)[keyof typeof ExprClass];

/** The text without its string literals (so that `"journey"` in a string is not a reference). */
function withoutStrings(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const triple = text.startsWith(ch.repeat(3), i);
      const close = triple ? ch.repeat(3) : ch;
      i += close.length;
      while (i < text.length && !text.startsWith(close, i)) i += text[i] === '\\' ? 2 : 1;
      i += close.length;
      out += ' "" ';
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/**
 * The class of a CEL text, found conservatively from the identifiers it names: any `journey` or
 * `event` makes it dynamic; `customer` other than `customer.segment` makes it per customer.
 */
export function exprClass(text: string): ExprClass {
  const code = withoutStrings(text);
  if (/(^|[^\w.])(journey|event)\b/.test(code)) return ExprClass.dynamic;
  const customerRefs = code.match(/(^|[^\w.])customer\b(\s*\.\s*\w+)?/g) ?? [];
  if (customerRefs.length === 0) return ExprClass.constant;
  return customerRefs.every((r) => /customer\s*\.\s*segment$/.test(r)) ? ExprClass.segment : ExprClass.customer;
}

/**
 * The fields of `root` (`journey` or `customer`) a CEL text reads when it reads nothing else (no
 * other root, and `root` only as `root.<name>`): its value is then a function of theirs. Else null.
 */
export function fieldsRead(text: string, root: 'journey' | 'customer'): string[] | null {
  const code = withoutStrings(text);
  const others = root === 'journey' ? /(^|[^\w.])(customer|event)\b/ : /(^|[^\w.])(journey|event)\b/;
  if (others.test(code)) return null;
  const names = new Set<string>();
  const all = code.match(new RegExp(`(^|[^\\w.])${root}\\b(\\s*\\.\\s*[A-Za-z_]\\w*)?`, 'g')) ?? [];
  for (const ref of all) {
    const m = new RegExp(`${root}\\s*\\.\\s*([A-Za-z_]\\w*)$`).exec(ref);
    if (!m) return null;
    names.add(m[1]!);
  }
  return names.size > 0 ? [...names] : null;
}

/** The journey variables a CEL text reads when it reads nothing else (see fieldsRead). */
export const journeyFieldsRead = (text: string) => fieldsRead(text, 'journey');
