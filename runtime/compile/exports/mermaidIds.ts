// The ids of the states of one Mermaid diagram. Mermaid's lexer ends an id at '-' (and at any
// character but letters, digits and '_'), reads some words as keywords, and reads `direction`
// followed by whitespace and TB/LR/… anywhere; an id that names two states draws the edges of both
// to one. So each state's id is its name made lexable, then made unique.

/** Words Mermaid's stateDiagram lexer reads as keywords (compared lower-case). */
const RESERVED = new Set(['state', 'note', 'class', 'classdef', 'default', 'scale', 'end', 'hide', 'direction', 'click', 'href', 'style', 'acctitle', 'accdescr', 'statediagram', 'as']);

/**
 * `name` as a Mermaid id: every character but letters, digits and '_' becomes '_'; a keyword, or a
 * name ending in `direction`, gets the suffix `_S`.
 */
export function lexableMermaidId(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_]/g, '_') || '_';
  return RESERVED.has(safe.toLowerCase()) || /direction$/i.test(safe) ? `${safe}_S` : safe;
}

/**
 * Unique, stable ids for the states of one diagram, asked for in document order: `id(key, name)`
 * gives the state `key` (anything that names one state) the lexable form of `name`, unless a state
 * asked for earlier has it (ignoring case), then the first of `<it>_2`, `<it>_3`… that is free.
 * The same key always gets the same id.
 */
export class MermaidIds {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  id(key: string, name: string): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const base = lexableMermaidId(name);
    let id = base;
    for (let n = 2; this.taken.has(id.toLowerCase()); n++) id = `${base}_${n}`;
    this.taken.add(id.toLowerCase());
    this.byKey.set(key, id);
    return id;
  }
}
