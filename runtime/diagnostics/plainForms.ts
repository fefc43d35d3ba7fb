import type { DiagnosticCode } from './catalogue';
import { quoted, type PlainSubject } from './plainSubject';

/**
 * The plain form of each code: what the canvas, the inspector and the Problems panel say, in the
 * words of the map and the inspector's sections and fields — never a JSON key, path or brace (the
 * JSON-level `message` stays for the Source tab and the CLI). Names come from the document as it is
 * now (see plainSubject). Every catalogued code has one: the type makes a missing one an error.
 */
export type PlainForm = (s: PlainSubject) => string;

/** The element a message is about, at the start of a sentence. */
const who = (s: PlainSubject) => s.node ?? (s.edge ? cap(s.edge) : s.team ? `Team ${s.team}` : 'The journey');
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
/** “under Simulation › Probability p”, or the fallback. */
const under = (s: PlainSubject, fallback: string) => (s.place ? `under ${s.place}` : fallback);
/** The detail after the rule's own “what: ” (a CEL problem is written in the field's own language). */
const detail = (s: PlainSubject) => {
  const m = s.d.message;
  const i = m.indexOf(': ');
  const rest = i >= 0 ? m.slice(i + 2) : m;
  // Only the problem, not the rule's JSON-level way to fix it (after the next ': ').
  const j = rest.indexOf(': ');
  return j >= 0 ? rest.slice(0, j) : rest;
};
const eventOf = (s: PlainSubject) => (typeof s.edgeValue?.event === 'string' ? s.edgeValue.event : undefined);
const fromOf = (s: PlainSubject) => (s.edgeValue ? s.name(s.edgeValue.from) : 'this step');
const toOf = (s: PlainSubject) => (s.edgeValue ? s.name(s.edgeValue.to) : 'the next step');
const exprProblem = (s: PlainSubject, what: string) => `${who(s)}: ${s.field ? `the ${s.field}` : 'an expression'} ${what}`;

export const PLAIN_FORMS: Record<DiagnosticCode, PlainForm> = {
  J001: () => 'The file is not valid JSON, so the map shows its last valid version: fix the text in the Source tab, where the mistake is marked.',
  J002: () => 'This file is not a journey or a cohort this version knows: open it in the Source tab and set its format to journey/1 or cohort/1.',
  J003: (s) => `${who(s)}: ${s.place ? `${s.place} is missing or has the wrong kind of value` : 'a value is missing or of the wrong kind'}; fill it in ${s.place ? 'there' : 'in the Source tab, where it is marked'}.`,
  J004: (s) => `${who(s)} is a kind of node this version does not know: delete it and add a node from the Nodes palette.`,
  J005: () => 'The file could not be read (or the cohort it names cannot be used): check the file and the Default cohort of the journey.',
  J010: (s) => `${who(s)} has the same Id as another element: ids are unique across nodes, edges, stages, lanes and teams; give one of them another Id.`,
  J011: (s) => {
    if (s.edge && (s.field === 'From' || s.field === 'To')) return `${cap(s.edge)} is connected to a step that does not exist: choose one under ${s.place}.`;
    if (s.field === 'Stage' || s.field === 'Lane') return `${who(s)} is in a ${s.field.toLowerCase()} that does not exist: pick one under ${s.place}.`;
    return `${who(s)}: ${s.place ? `the team under ${s.place}` : 'a team it names'} does not exist: pick one of the journey's teams there, or add the team under Teams (select nothing).`;
  },
  J012: () => 'The journey has no start: select the node where customers enter and press “Start the journey here”, or pick the Start node of the journey (select nothing).',
  J013: () => 'The journey starts at a step that does not exist: select the node where customers enter and press “Start the journey here”, or pick the Start node of the journey (select nothing).',
  J014: (s) => `Customers can never reach ${s.node ?? 'this step'}: draw an edge to it from a step before it, or delete it.`,
  J015: (s) => `${who(s)} is a dead end: customers there are stuck. Draw an edge out of it, or change it into an outcome.`,
  J016: (s) => `Decision ${s.node ?? ''} has no default: draw one more edge out of it with the Trigger “always — a rule” and no Guard; it is taken when no other rule holds.`,
  J017: (s) => `A decision routes at once, but ${s.edge ?? 'an edge out of it'} waits for ${eventOf(s) !== undefined ? 'an event' : 'a timer'}: set its Trigger to “always — a rule” and give it a Guard.`,
  J018: (s) => `Customers at ${s.node ?? 'this wait'} could wait forever: draw an edge out of it with the Trigger “after — a timer runs out” (for example 3d).`,
  J019: (s) => `${s.node ?? 'An outcome'} is an outcome, which ends the journey, so ${s.edge ?? 'the edge out of it'} is never taken: delete the edge, or change the node into another kind.`,
  J020: (s) => `Another edge out of ${fromOf(s)} already says how often ${eventOf(s) ?? 'this event'} happens: keep the Simulation section filled in on one of them and clear it on the others.`,
  J021: (s) => `Customers at ${s.node ?? 'this step'} would do more than one thing at once: the Probability p of the edges out of it add up to more than 1 (100 %); lower them in each edge's Simulation section.`,
  J022: () => 'The shares of the segments do not add up to 100 %: adjust them in the segments table of the cohort.',
  J023: (s) => `${who(s)}: ${s.place ?? 'a time'}${s.value ? ` (${s.value})` : ''} is not a duration: write it like 90s, 15m, 2h, 3d or 2w.`,
  J024: (s) => `${who(s)}: ${s.place ? `the time ${under(s, '')}` : 'a time'} is not a sound distribution (its figures do not fit together): correct them there.`,
  J025: (s) => exprProblem(s, `has a mistake (${detail(s)}): the note under the field says what it expects.`),
  J026: (s) => {
    const e = s.edgeValue;
    const n = e ? [e.event, e.after, e.always].filter((t) => t !== undefined).length : 0;
    return n > 1
      ? `${cap(s.edge ?? 'this edge')} has more than one trigger: keep one under Trigger (draw another edge for the other).`
      : `${cap(s.edge ?? 'this edge')} has no trigger: choose one under Trigger › Trigger (an event, a timer or a rule).`;
  },
  J027: (s) => `The cohort does not describe the customer attribute ${s.field ? quoted(s.field) : ''}: give it a distribution in every segment of the cohort, or remove it under Customer attributes (select nothing).`,
  J028: (s) => `${cap(s.edge ?? 'this edge')} sets the simulation for a segment the cohort does not have: fix its per-segment overrides in the Source tab, or add the segment to the cohort.`,
  J029: (s) => `${who(s)}: ${s.place ?? 'an action'} sets a journey variable that is not declared: pick one that is, or add it under Journey variables (select nothing).`,
  J030: (s) => `The rules from ${fromOf(s)} to ${toOf(s)} and back form a loop in which nothing changes, so customers never leave it: give one of these edges an event or a timer as Trigger, or an action that changes what a Guard checks.`,
  J031: (s) => `${who(s)}: ${s.place ? s.place : 'a shift'}${s.value ? ` (${s.value})` : ''} is not valid: days are mon…sun or a range like mon-fri, times are HH:MM, and a shift ends after it starts (an overnight shift is two shifts).`,
  J032: () => 'An arrival profile of the cohort is not valid: a week has 7 days and a day 24 hours, none below zero and not all zero; drag the bars under Arrivals in the cohort editor.',
  J033: (s) => `${who(s)}: ${s.place ?? 'a target'} is a share of the customers offered, so it is from 0 to 100 %: correct it there.`,
  J034: () => 'The customers arrive over a longer time than the simulation runs: shorten how long the arrivals are spread under Arrivals, or run the simulation for longer.',
  J035: () => 'The file is not UTF-8 text: save it as UTF-8 and open it again.',
  J036: () => 'The file nests its data too deeply to be read: simplify it in the Source tab, where the place is marked.',
  J037: () => 'A number in the file is too large to hold: write a smaller one in the Source tab, where it is marked.',
  J038: (s) => `${who(s)}: ${s.place ?? 'a money amount'} is above the largest amount allowed (10¹²): count in a larger unit, such as thousands.`,
  J039: (s) => exprProblem(s, 'uses a matches() pattern that is not a supported regular expression (no back-references or look-arounds, within the size limits): simplify it.'),
  J040: () => 'The journey has more steps than the simulator can hold (65,536): split it into smaller journeys, for example one per stage.',
  J041: (s) => `${who(s)}: the Emotion is outside −2 (very negative) to +2 (very positive) for every customer: pick a face under Experience › Emotion, or change the expression.`,
  J045: (s) => `${who(s)}: the name __proto__ cannot be used ${s.place ? `under ${s.place}` : 'here'}: choose another name.`,
  J046: (s) => `The cohort gives the customer attribute ${s.field ? quoted(s.field) : ''} values of another type than declared: change its type under Customer attributes (select nothing), or its distribution in the cohort.`,
  J047: (s) => `${who(s)}: ${s.place ?? 'an action'} gives the journey variable a value of another type than its initial value: change the value so that it has the same type.`,
  J048: (s) => `${cap(s.edge ?? 'this edge')}: the Probability p is outside 0 to 1 for every customer: change it under Simulation › Probability p (for example 0.2).`,
  J050: (s) => exprProblem(s, 'is too large or nested too deeply: split it into simpler conditions.'),
  J051: (s) => exprProblem(s, 'has a loop (exists, all, map, filter) inside another loop: write it without the nesting.'),
  J101: (s) => `${s.node ?? 'This step'} is a moment of truth with no survey within two steps after it: add a short Survey node after it to hear how customers felt.`,
  J102: (s) => {
    const q = s.nodeValue?.['questions'];
    const n = Array.isArray(q) ? q.length : undefined;
    return `Survey ${s.node ?? ''} asks ${n === undefined ? 'too few or too many' : n} question${n === 1 ? '' : 's'}: keep 2 to 5 under ${s.place ?? 'Survey'}${n !== undefined && n > 5 ? '; long surveys lose respondents' : ''}.`;
  },
  J103: (s) => `Customers can be handed off more than 3 times on one path (the fourth time at ${s.node ?? 'this step'}): that feels like being passed around; merge steps or let one team own the case.`,
  J104: (s) => `At handoff ${s.node ?? ''} customers have to tell their story again: pass the case on to the next team and untick ${s.field ? `“${s.field}”` : 'the repeat box'} under Handoff.`,
  J105: (s) => `Customers at ${fromOf(s)} never ${eventOf(s) !== undefined ? `send ${eventOf(s)}` : 'act here'}, so the simulation never takes ${s.edge ?? 'this edge'}: set how likely they are to do it, and when, under Simulation › Probability p and Delay.`,
  J106: () => 'No outcome is a success: on an outcome node, set “How the journey ended” to success (or add one), so the journey says what good looks like.',
  J107: (s) => `Decision ${s.node ?? ''}: the default rule (${s.edge ?? 'the edge without a Guard'}) comes before other rules, which can then never be taken: give it a Guard, or move it after them in the Source tab.`,
  J108: (s) => `${who(s)} has a setting this version does not know${s.place ? ` (under ${s.place})` : ''}, which is ignored: remove it in the Source tab, where it is marked.`,
  J109: (s) => `${who(s)} has a setting written twice in the file, and only the last one counts: remove the extra one in the Source tab, where it is marked.`,
  J110: (s) => `Experiment ${s.node ?? ''}: a variant has a weight of 0 or less, so nobody would get it: give it a weight above 0 under Variants (weights are relative, such as 45, 45 and 10), or remove it.`,
  J111: (s) => `Experiment ${s.node ?? ''}: two variants have the same id: give each variant its own id under Variants.`,
  J112: (s) => `Experiment ${s.node ?? ''}: ${detail(s)}; each variant needs exactly one edge out of the experiment, a rule that names the variant.`,
  J113: (s) => `${who(s)} leaves an experiment but is not a rule naming one of its variants: set its Trigger to “always — a rule” and choose its Variant.`,
  J114: (s) => `${who(s)} leaves an experiment and has a Guard: the variant decides who takes it, so remove the Guard (put a decision before the experiment to target a group).`,
  J115: (s) => `${who(s)} names a variant but does not leave an experiment: remove its Variant, or connect it from an experiment.`,
  J116: (s) => `Experiment ${s.node ?? ''}: its Goal names no outcome and no result: choose an outcome, or success, failure, churn, abandoned or neutral.`,
  J117: (s) => `Experiment ${s.node ?? ''}: ${detail(s)}: connect that variant's path to the goal, or choose another Goal.`,
  J118: (s) => `Experiment ${s.node ?? ''} has more than one holdout: keep Holdout on one variant only, the group the others are compared with.`,
  J119: (s) => `Experiment ${s.node ?? ''} has no holdout, so it compares the variants with each other but cannot show their lift: add a variant marked Holdout (a small weight such as 10) that gets nothing.`,
};

