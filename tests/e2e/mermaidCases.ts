// The Mermaid exports the browser test renders (run with tsx; prints JSON): every sample journey
// (samples/**/*.journey.json) and generated journeys with hostile text, each with the labels the
// rendered diagram must show, taken from the document: node labels, stage names, and each edge's
// trigger and guard ("APPLY [customer.income > 5]", "after 3d", "always").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { exportMermaid } from '../../runtime/compile/exports/exportMermaid';
import { mermaidShownText } from '../../runtime/compile/exports/mermaidLabel';
import { formatDuration } from '../../runtime/model/duration';
import { journeySchema, type Journey } from '../../runtime/model/journey';
import { arbitraryHostileJourney } from '../../runtime/testing/hostileJourney';


function labelsOf(journey: Journey): string[] {
  const nodes = journey.nodes.map((n) => n.label || n.id);
  const stages = (journey.stages ?? []).map((s) => s.name || s.id);
  const edges = journey.edges.map((e) => {
    const trigger = e.event ?? (e.after !== undefined ? `after ${typeof e.after === 'string' ? e.after.trim() : formatDuration(e.after)}` : '');
    return [trigger, e.guard !== undefined ? `[${e.guard}]` : ''].filter(Boolean).join(' ') || 'always';
  });
  return [...nodes, ...stages, ...edges].map(mermaidShownText);
}

const root = join(import.meta.dirname, '../..');
const samples = (readdirSync(join(root, 'samples'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.journey.json'))
  .sort()
  .map((f) => ({ name: f, journey: journeySchema.parse(JSON.parse(readFileSync(join(root, 'samples', f), 'utf8'))) }));
const generated = fc.sample(arbitraryHostileJourney, { numRuns: 12, seed: 16 }).map(({ journey }, i) => ({ name: `hostile journey ${i}`, journey }));

process.stdout.write(JSON.stringify([...samples, ...generated].map(({ name, journey }) => ({ name, text: exportMermaid(journey), labels: labelsOf(journey) }))));
