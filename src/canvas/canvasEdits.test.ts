import { describe, expect, it } from 'vitest';
import { connectEdit, dropEdit, moveEdit, reconnectEdit } from './canvasEdits';
import { gridOf } from './gridOf';
import { mini, mortgage } from './testJourneys';

describe('moveEdit', () => {
  it('moves a node inside its cell with one history label', () => {
    const j = mortgage();
    const g = gridOf(j);
    const edit = moveEdit(j, g, new Map([['advisor-call', { x: 1570.4, y: 330 }]]))!;
    expect(edit.label).toBe('Move advisor-call');
    const n = edit.journey.nodes.find((x) => x.id === 'advisor-call')!;
    expect(n).toMatchObject({ position: { x: 1570, y: 330 }, stage: 'apply', lane: 'frontstage' });
    expect(j.nodes.find((x) => x.id === 'advisor-call')!.position).toEqual({ x: 1560, y: 320 });
  });

  it('changes stage and lane when a node is dropped in another cell', () => {
    const j = mortgage();
    const g = gridOf(j);
    const assess = g.columns.find((c) => c.stageId === 'assess')!;
    const support = g.rows.find((r) => r.laneId === 'support')!;
    const edit = moveEdit(j, g, new Map([['advisor-call', { x: assess.x0 + 40, y: support.y0 + 40 }]]))!;
    expect(edit.journey.nodes.find((x) => x.id === 'advisor-call')).toMatchObject({ stage: 'assess', lane: 'support' });
    expect(edit.label).toBe('Move advisor-call to Assess / Support processes');
  });

  it('labels multi-node moves and ignores nodes that did not move', () => {
    const j = mortgage();
    const g = gridOf(j);
    expect(moveEdit(j, g, new Map([['advisor-call', { x: 1560, y: 320 }]]))).toBeUndefined();
    const edit = moveEdit(j, g, new Map([['advisor-call', { x: 1561, y: 320 }], ['call-pulse', { x: 1821, y: 320 }]]))!;
    expect(edit.label).toBe('Move 2 nodes');
  });

  it('removes the stage of a node dropped in the column of unstaged nodes', () => {
    const j = mini();
    const g = gridOf(j);
    const col = g.columns[1]!;
    const edit = moveEdit(j, g, new Map([['visit', { x: col.x0 + 10, y: g.rows[1]!.y0 + 10 }]]))!;
    expect(edit.journey.nodes[0]!.stage).toBeUndefined();
  });
});

describe('dropEdit', () => {
  it('adds a node of the kind centred under the pointer, in the cell there', () => {
    const j = mortgage();
    const g = gridOf(j);
    const explore = g.columns.find((c) => c.stageId === 'explore')!;
    const back = g.rows.find((r) => r.laneId === 'backstage')!;
    const point = { x: explore.x0 + 150, y: back.y0 + 60 };
    const edit = dropEdit(j, g, 'decision', point)!;
    const node = edit.journey.nodes.find((n) => n.id === edit.nodeId)!;
    expect(node).toMatchObject({ kind: 'decision', stage: 'explore', lane: 'backstage', position: { x: point.x - 100, y: point.y - 42 } });
    expect(edit.label).toBe(`Add decision ${edit.nodeId}`);
    expect(dropEdit(j, g, 'no-such-kind', point)).toBeUndefined();
  });
});

describe('connectEdit', () => {
  it('connects with an event named after the target', () => {
    const j = mortgage();
    const edit = connectEdit(j, 'online-application', 'advisor-call')!;
    const edge = edit.journey.edges.find((e) => e.id === edit.edgeId)!;
    const target = j.nodes.find((n) => n.id === 'advisor-call')!;
    expect(target.label).toBe('Advisor discovery call');
    expect(edge).toMatchObject({ from: 'online-application', to: 'advisor-call', event: 'ADVISOR_DISCOVERY_CALL' });
    expect(edge.after).toBeUndefined();
    expect(edit.label).toBe('Connect online-application → advisor-call');
  });

  it('connects out of a decision with a rule', () => {
    const edit = connectEdit(mortgage(), 'route-outreach', 'declined')!;
    const edge = edit.journey.edges.find((e) => e.id === edit.edgeId)!;
    expect(edge.always).toBe(true);
    expect(edge.event).toBeUndefined();
  });

  it('makes a stage-level edge from a stage header', () => {
    const edit = connectEdit(mini(), 'stage:explore', 'gone')!;
    expect(edit.journey.edges.find((e) => e.id === edit.edgeId)).toMatchObject({ from: 'explore', to: 'gone', event: 'GONE' });
  });

  it('refuses self loops, unknown ends and edges out of outcomes', () => {
    const j = mini();
    expect(connectEdit(j, 'visit', 'visit')).toBeUndefined();
    expect(connectEdit(j, 'visit', 'nowhere')).toBeUndefined();
    expect(connectEdit(j, 'applied', 'visit')).toBeUndefined();
    expect(connectEdit(j, 'stage:nope', 'visit')).toBeUndefined();
  });
});

describe('reconnectEdit', () => {
  it('moves an end of an edge, keeping its trigger', () => {
    const edit = reconnectEdit(mini(), 'apply', 'visit', 'gone')!;
    expect(edit.journey.edges[0]).toMatchObject({ id: 'apply', from: 'visit', to: 'gone', event: 'APPLY' });
    expect(edit.label).toBe('Reconnect apply: visit → gone');
  });
  it('refuses what connect refuses, and no-ops', () => {
    expect(reconnectEdit(mini(), 'apply', 'visit', 'applied')).toBeUndefined();
    expect(reconnectEdit(mini(), 'apply', 'applied', 'gone')).toBeUndefined();
    expect(reconnectEdit(mini(), 'apply', 'visit', 'visit')).toBeUndefined();
    expect(reconnectEdit(mini(), 'apply', 'stage:explore', 'gone')!.journey.edges[0]!.from).toBe('explore');
  });
});
