import { beforeAll, describe, expect, it } from 'vitest';
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Avoid } from '../../canvas/routing/avoidTypes';
import { polylinePath } from '../../canvas/routing/polylinePath';
import { routeJourney, type EdgeRouting } from '../../canvas/routing/routeJourney';
import { testAvoid } from '../../canvas/routing/testAvoid';
import { routingInput } from '../../canvas/routing/useEdgeRoutes';
import { mortgage } from '../../canvas/testJourneys';
import { toFlow } from '../../canvas/toFlow';
import type { Journey } from '../../../runtime/model/journey';
import { mapPicture } from './mapPicture';
import { LIGHT_PICTURE_THEME } from './pictureTheme';
import { roundPath } from './svgTag';

let avoid: Avoid;
beforeAll(async () => {
  avoid = await testAvoid();
});

/** The routes the canvas computes for a journey: the same input useEdgeRoutes gives the worker. */
function canvasRoutes(journey: Journey): Map<string, EdgeRouting> {
  const flow = toFlow(journey, [], { nodes: [], edges: [] });
  const input = routingInput(flow.nodes, flow.edges);
  return routeJourney(avoid, input.nodes, input.edges);
}

function drawn(journey: Journey, routes?: ReadonlyMap<string, EdgeRouting>) {
  const doc = new DOMParser().parseFromString(mapPicture(journey, { theme: LIGHT_PICTURE_THEME, date: '1 May 2025', routes }).svg, 'image/svg+xml');
  const els = (name: string, cls: string) => Array.from(doc.getElementsByTagName(name)).filter((e) => e.getAttribute('class') === cls);
  const paths = new Map(els('path', 'edge').map((e) => [e.getAttribute('data-edge')!, e.getAttribute('d')!]));
  const tags = new Map(els('g', 'edge-tag').map((g) => [g.getAttribute('data-edge')!, g]));
  return { paths, tags };
}

/** The centre of a label tag: the middle of its pill. */
function pillCentre(g: Element): { x: number; y: number } {
  const pill = Array.from(g.getElementsByTagName('rect'))[0]!;
  return { x: Number(pill.getAttribute('x')) + Number(pill.getAttribute('width')) / 2, y: Number(pill.getAttribute('y')) + Number(pill.getAttribute('height')) / 2 };
}

describe('the picture draws edges along the canvas routes', () => {
  it('each edge has the path the canvas draws along its route, and its label where the canvas placed it', () => {
    const journey = mortgage();
    const routes = canvasRoutes(journey);
    expect(routes.size).toBe(journey.edges.length);
    const { paths, tags } = drawn(journey, routes);
    for (const [id, routing] of routes) {
      // JourneyEdgeView draws a routed edge as polylinePath(points): the same geometry, to the picture's rounding.
      expect(paths.get(id), id).toBe(roundPath(polylinePath(routing.points)));
      const c = pillCentre(tags.get(id)!);
      expect(c.x, id).toBeCloseTo(routing.label!.x, 0);
      expect(c.y, id).toBeCloseTo(routing.label!.y, 0);
    }
    // A label pushed off its route has its leader line, as on the canvas.
    const leaders = [...routes].filter(([, r]) => r.label?.leader).map(([id]) => id);
    for (const id of leaders) expect(Array.from(tags.get(id)!.getElementsByTagName('path')).some((p) => p.getAttribute('class') === 'edge-leader'), id).toBe(true);
  });

  it('without routes, or with a stale one (its node moved since), draws the plain path instead', () => {
    const journey = mortgage();
    const routes = canvasRoutes(journey);
    const plain = drawn(journey).paths;
    const [id, routing] = [...routes][0]!;
    expect(plain.get(id)).not.toBe(roundPath(polylinePath(routing.points)));
    const edge = journey.edges.find((e) => e.id === id)!;
    const moved = structuredClone(journey);
    const target = moved.nodes.find((n) => n.id === edge.to)!;
    target.position = { x: target.position!.x + 400, y: target.position!.y + 300 };
    const stale = drawn(moved, routes).paths;
    expect(stale.get(id)).toBe(drawn(moved).paths.get(id));
    expect(stale.get(id)).not.toBe(roundPath(polylinePath(routing.points)));
  });
});
