// Journey document → XState v5 machine config, as plain data (DESIGN §3).
//
// Outcomes are TOP-LEVEL final states, whatever their stage. In XState v5 a final state nested in a
// compound state only completes that compound (it raises `xstate.done.state.<stage>`); the machine
// itself is done only when a top-level final state is reached. Placing every outcome at the top
// level makes reaching any outcome finish the machine at once (status 'done') with the outcome's
// output, with no relay transitions (`onDone` → another final) that would add a state nobody drew
// and an event that graph traversal could fire at will. The outcome's stage stays in `meta.stage`,
// and its state value reads as its id ('approved'), not `{ close: 'approved' }`.
//
// States are keyed AND identified by node / stage id (`id: <nodeId>`): every transition targets
// `#<nodeId>`, so edges work within a stage, across stages and from stage-level edges alike.
import { lanesOf, type Journey, type JourneyNode } from '../model/journey';
import type { JourneyEdge } from '../model/edge';
import { edgeTransitions } from './edgeTransitions';
import { nodeMetaAndTags } from './nodeMetaAndTags';
import { toActionConfig } from './toActionConfig';
import { requireNodeKind } from '../../nodes/registry';
import type { KindCompilation } from '../../nodes/defineNodeKind';
import { WORK_DONE, WORK_START, type JourneyMachineConfig, type StateConfig } from './machineConfig';
import { addHostedTimers, hostedState } from './withTimerActors';

export interface MachineConfigOptions {
  /**
   * `after` (the default): timers as `after` keyed by milliseconds, the data the simulator, the fast
   * kernel and the Mermaid export read. `hosted`: timers as journey timer actors, the config that runs
   * (the same as withTimerActors of the default, made as each state is, without a second copy).
   */
  timers?: 'after' | 'hosted';
}

function edgesByFrom(edges: readonly JourneyEdge[]): Map<string, JourneyEdge[]> {
  const byFrom = new Map<string, JourneyEdge[]>();
  for (const edge of edges) {
    const list = byFrom.get(edge.from) ?? [];
    list.push(edge);
    byFrom.set(edge.from, list);
  }
  return byFrom;
}

/**
 * A node with `work` waits for staff: `queued --work.start--> handling --work.done--> handled`.
 * Its rules (`always` edges) apply once `handled`; its events and timers sit on the node itself,
 * so they are live in all three.
 */
function withWork(state: StateConfig, team: string): StateConfig {
  const { always, ...rest } = state;
  const handled: StateConfig = { meta: { label: 'Handled', kind: 'work', team }, tags: ['work-handled'] };
  if (always) handled.always = always;
  return {
    ...rest,
    initial: 'queued',
    states: {
      queued: { meta: { label: 'Queued', kind: 'work', team }, tags: ['work-queued'], on: { [WORK_START]: [{ target: 'handling', meta: { edge: WORK_START } }] } },
      handling: { meta: { label: 'Handling', kind: 'work', team }, tags: ['work-handling'], on: { [WORK_DONE]: [{ target: 'handled', meta: { edge: WORK_DONE } }] } },
      handled,
    },
  };
}

/** A node's state; with `hosted`, its timers hosted as it is made (what hostedState would make of it, without a copy). */
function nodeState(node: JourneyNode, compiled: KindCompilation, laneKinds: ReadonlyMap<string, string>, byFrom: Map<string, JourneyEdge[]>, hosted: boolean): StateConfig {
  const { meta, tags, final } = nodeMetaAndTags(node, laneKinds, compiled);
  if (final) {
    const output = final.value === undefined ? { outcome: node.id, result: final.result } : { outcome: node.id, result: final.result, value: final.value };
    const state: StateConfig = { id: node.id, type: 'final', meta, tags, output };
    if (node.actions?.length) state.entry = node.actions.map(toActionConfig);
    return state;
  }
  const state: StateConfig = { id: node.id, meta, tags };
  if (node.actions?.length) state.entry = node.actions.map(toActionConfig);
  const transitions = edgeTransitions(byFrom.get(node.id) ?? []);
  if (!hosted) {
    Object.assign(state, transitions);
    return node.work ? withWork(state, node.work.team) : state;
  }
  const { after, ...others } = transitions;
  Object.assign(state, others);
  const out = node.work ? withWork(state, node.work.team) : state;
  if (after) addHostedTimers(out, after, node.id);
  return out;
}

/** Compiles a valid journey (the linter refuses invalid ones first) to a JSON-serialisable config. */
export function toMachineConfig(journey: Journey, options: MachineConfigOptions = {}): JourneyMachineConfig {
  const hosted = options.timers === 'hosted';
  const byFrom = edgesByFrom(journey.edges);
  const stageIds = new Set((journey.stages ?? []).map((s) => s.id));
  // Each node's kind compile rule, run once.
  const compiled = new Map<JourneyNode, KindCompilation>();
  for (const n of journey.nodes) compiled.set(n, requireNodeKind(n.kind).compile?.(n as never) ?? {});
  const isFinal = (node: JourneyNode) => compiled.get(node)!.final !== undefined;
  const stageOf = (node: JourneyNode) => (node.stage !== undefined && stageIds.has(node.stage) && !isFinal(node) ? node.stage : undefined);

  const laneKinds = new Map<string, string>();
  for (const lane of lanesOf(journey)) if (!laneKinds.has(lane.id)) laneKinds.set(lane.id, lane.kind);
  const stateOf = (node: JourneyNode) => nodeState(node, compiled.get(node)!, laneKinds, byFrom, hosted);
  // Each node's place in one pass: in its stage's compound state, or at the top level.
  const children = new Map<string, JourneyNode[]>();
  const topLevel: JourneyNode[] = [];
  for (const n of journey.nodes) {
    const stage = stageOf(n);
    if (stage === undefined) topLevel.push(n);
    else if (children.has(stage)) children.get(stage)!.push(n);
    else children.set(stage, [n]);
  }

  const states: Record<string, StateConfig> = {};
  for (const stage of journey.stages ?? []) {
    const inStage = children.get(stage.id);
    if (!inStage) continue; // only outcomes (top-level) or nothing: no state to be in
    const start = inStage.find((n) => n.id === journey.start) ?? inStage[0]!;
    const stageState: StateConfig = {
      id: stage.id,
      initial: start.id,
      states: Object.fromEntries(inStage.map((n) => [n.id, stateOf(n)])),
      meta: { label: stage.name, kind: 'stage', stage: stage.id },
      tags: ['stage'],
      ...edgeTransitions(byFrom.get(stage.id) ?? []),
    };
    states[stage.id] = hosted ? hostedState(stageState, stage.id) : stageState;
  }
  for (const node of [...topLevel.filter((n) => !isFinal(n)), ...topLevel.filter(isFinal)]) states[node.id] = stateOf(node);

  const startNode = journey.nodes.find((n) => n.id === journey.start);
  const initial = (startNode && stageOf(startNode)) ?? journey.start;
  return { id: journey.id, initial, context: { customer: {}, journey: structuredClone(journey.vars ?? {}) }, states };
}
