// The sample the browser tests work on, read from samples/ (the same files the workbench seeds).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PREFERRED = 'mortgage-preapproval.journey.json';
const LANE_KINDS = ['evidence', 'customer', 'frontstage', 'backstage', 'support'];

export function mainSample(root) {
  const names = readdirSync(join(root, 'samples')).filter((n) => n.endsWith('.journey.json')).sort();
  const file = names.includes(PREFERRED) ? PREFERRED : names[0];
  const text = readFileSync(join(root, 'samples', file), 'utf8');
  return { file, text, journey: JSON.parse(text) };
}

export function lanesOf(journey) {
  return journey.lanes?.length ? journey.lanes : LANE_KINDS.map((kind) => ({ id: kind, name: kind, kind }));
}

/** A stage × lane cell of the map where no node sits (where a dropped node will not cover another). */
export function emptyCell(journey) {
  for (const stage of journey.stages ?? []) {
    for (const lane of lanesOf(journey)) {
      if (lane.kind === 'evidence') continue;
      if (!journey.nodes.some((n) => n.stage === stage.id && n.lane === lane.id)) return { stage: stage.id, lane: lane.id };
    }
  }
  return { stage: journey.stages?.[0]?.id, lane: lanesOf(journey)[1].id };
}
