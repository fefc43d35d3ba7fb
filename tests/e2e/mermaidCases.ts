// The Mermaid exports the browser test renders (run with tsx; prints JSON): every sample journey
// (samples/**/*.journey.json) and generated journeys with hostile text, each with the labels the
// rendered diagram must show, taken from the document: node labels, stage names, and each edge's
// trigger and guard ("APPLY [customer.income > 5]", "after 3d", "always"); and a journey whose
// ids collide in Mermaid's form (runtime/compile/testJourneys.ts), with the arrows it must draw
// between the states, named by their labels (`[*]` for start and end).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { exportMermaid } from '../../runtime/compile/exports/exportMermaid';
import { mermaidShownText } from '../../runtime/compile/exports/mermaidLabel';
import { formatDuration } from '../../runtime/model/duration';
import { journeySchema, type Journey } from '../../runtime/model/journey';
import { arbitraryHostileJourney } from '../../runtime/testing/hostileJourney';
import { collidingIdsJourney } from '../../runtime/compile/testJourneys';


function labelsOf(journey: Journey): string[] {
  const nodes = journey.nodes.map((n) => n.label || n.id);
  const stages = (journey.stages ?? []).map((s) => s.name || s.id);
  const edges = journey.edges.map((e) => {
    const trigger = e.event ?? (e.after !== undefined ? `after ${typeof e.after === 'string' ? e.after.trim() : formatDuration(e.after)}` : '');
    // An edge out of a split carries its variant: the diagram says which ("[variant b]").
    const condition = e.variant !== undefined ? `[variant ${e.variant}]` : e.guard !== undefined ? `[${e.guard}]` : '';
    return [trigger, condition].filter(Boolean).join(' ') || 'always';
  });
  return [...nodes, ...stages, ...edges].map(mermaidShownText);
}

const root = join(import.meta.dirname, '../..');
const samples = (readdirSync(join(root, 'samples'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.journey.json'))
  .sort()
  .map((f) => ({ name: f, journey: journeySchema.parse(JSON.parse(readFileSync(join(root, 'samples', f), 'utf8'))) }));
const generated = fc.sample(arbitraryHostileJourney, { numRuns: 12, seed: 16 }).map(({ journey }, i) => ({ name: `hostile journey ${i}`, journey }));

/** `from --> to : label` of each arrow the colliding journey's diagram must draw (from the document). */
const collidingArrows = [
  '[*] --> Node call : ',
  '[*] --> Queued : ',
  'Queued --> Handling : work.start',
  'Handling --> Handled : work.done',
  'Handled --> Node state : always',
  'Node call --> Node call-queued : HANGUP',
  'Node call-queued --> Node state-s : after 1d',
  'Node state --> Node x-direction-s : NEXT',
  '[*] --> Node state-s : ',
  'Node state-s --> Node end : always',
  'Node x-direction-s --> Node end-s : STOP',
  'Stage x-direction --> Node end : after 2d',
  'Node end --> [*] : ',
  'Node end-s --> [*] : ',
];
const colliding = { name: 'colliding ids', text: exportMermaid(collidingIdsJourney), labels: labelsOf(collidingIdsJourney), arrows: collidingArrows };

process.stdout.write(JSON.stringify([...[...samples, ...generated].map(({ name, journey }) => ({ name, text: exportMermaid(journey), labels: labelsOf(journey) })), colliding]));
