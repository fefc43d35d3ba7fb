import { triggersOf, type JourneyEdge } from '../../runtime/model/edge';

export type TriggerType = 'event' | 'after' | 'always' | 'none' | 'many';

/** How an edge's trigger reads on the canvas: `APPLY`, `⏱ 3d`, `rule`. */
export interface TriggerLabel {
  type: TriggerType;
  text: string;
  /** Tooltip: the guard, the label, what the trigger means. */
  title: string;
}

export function triggerLabel(edge: JourneyEdge): TriggerLabel {
  const triggers = triggersOf(edge);
  let type: TriggerType;
  let text: string;
  let meaning: string;
  if (triggers.length === 0) [type, text, meaning] = ['none', '?', 'no trigger: choose event, after or always'];
  else if (triggers.length > 1) [type, text, meaning] = ['many', '!', 'more than one trigger: keep exactly one'];
  else {
    const t = triggers[0]!;
    if (t.type === 'event') [type, text, meaning] = ['event', t.event, `on event ${t.event}`];
    else if (t.type === 'after') [type, text, meaning] = ['after', `⏱ ${String(t.after)}`, `after ${String(t.after)} without anything else happening`];
    else [type, text, meaning] = ['always', 'rule', 'rule: taken at once when its guard holds'];
  }
  const lines = [meaning];
  if (edge.guard) lines.push(`if ${edge.guard}`);
  if (edge.label) lines.push(edge.label);
  return { type, text, title: lines.join('\n') };
}

/**
 * The inspector field (EdgeForm's `data-field`) where an edge's trigger is edited: its Event (a
 * generated event name is edited there), its After, or else the Trigger choice.
 */
export function triggerField(edge: JourneyEdge): 'event' | 'after' | 'trigger' {
  const triggers = triggersOf(edge);
  if (triggers.length !== 1) return 'trigger';
  const t = triggers[0]!.type;
  return t === 'event' ? 'event' : t === 'after' ? 'after' : 'trigger';
}

/** An event name from a label: "Book an advisor!" → "BOOK_AN_ADVISOR". */
export function eventNameFor(label: string): string {
  const s = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return s || 'EVENT';
}
