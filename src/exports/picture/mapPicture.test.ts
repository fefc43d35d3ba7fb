import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { Journey } from '../../../runtime/model/journey';
import type { CanvasOverlay } from '../../canvas/canvasOverlay';
import { drawnEdges } from '../../canvas/drawnEdges';
import { gridOf } from '../../canvas/gridOf';
import { mini, mortgage } from '../../canvas/testJourneys';
import { mapPicture, pictureTiles, TILE_LIMITS, wholeArea } from './mapPicture';
import { DARK_PICTURE_THEME, LIGHT_PICTURE_THEME } from './pictureTheme';
import { routeInWindow } from './routeInWindow';
import { generateLargeJourney } from '../../../runtime/testing/generateLargeJourney';

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function parse(svg: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  expect(XML_CHARS.test(svg)).toBe(true);
  return doc;
}

const numbers = (d: string) => (d.match(/-?\d*\.?\d+/g) ?? []).map(Number);
const all = (doc: Document, name: string): Element[] => Array.from(doc.getElementsByTagName(name));
const byClass = (doc: Document, name: string, cls: string) => all(doc, name).filter((e) => e.getAttribute('class') === cls);
const picture = (journey: Journey, more: Partial<Parameters<typeof mapPicture>[1]> = {}) => mapPicture(journey, { theme: LIGHT_PICTURE_THEME, date: '12 May 2025', ...more });

describe('mapPicture', () => {
  it('is a standalone SVG document of the whole map: every lane, stage, node and edge the canvas draws', () => {
    const journey = mortgage();
    const { svg, width, height } = picture(journey);
    const doc = parse(svg);
    const root = doc.documentElement!;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([Number(root.getAttribute('width')), Number(root.getAttribute('height'))]).toEqual([width, height]);
    const grid = gridOf(journey);
    expect(byClass(doc, 'g', 'lane-label').map((e) => e.getAttribute('data-lane'))).toEqual(grid.rows.map((r) => r.laneId));
    expect(byClass(doc, 'g', 'stage-header').map((e) => e.getAttribute('data-stage'))).toEqual(grid.columns.map((c) => c.stageId ?? ''));
    expect(byClass(doc, 'g', 'node').map((e) => e.getAttribute('data-node'))).toEqual(journey.nodes.map((n) => n.id));
    const edges = drawnEdges(journey, new Set(journey.nodes.map((n) => n.id)));
    expect(byClass(doc, 'path', 'edge').map((e) => e.getAttribute('data-edge'))).toEqual(edges.map((e) => e.edge.id));
    expect(byClass(doc, 'g', 'edge-tag')).toHaveLength(edges.length);
    expect(byClass(doc, 'g', 'blueprint-line').map((e) => e.getAttribute('data-line'))).toEqual(['interaction', 'visibility', 'internal']);
    expect(byClass(doc, 'g', 'emotion-point')).toHaveLength(journey.nodes.filter((n) => n.emotion !== undefined).length);
  });

  it('draws text as text: no foreignObject, no HTML, no images', () => {
    const { svg } = picture(mortgage(), { overlay: overlayOf(mortgage()) });
    const doc = parse(svg);
    for (const name of ['foreignObject', 'div', 'img', 'image', 'script']) expect(all(doc, name)).toHaveLength(0);
    expect(all(doc, 'text').length).toBeGreaterThan(100);
  });

  it('has a title block: the journey name, the date, and the run the overlay shows', () => {
    const journey = mortgage();
    const plain = parse(picture(journey).svg);
    expect(byClass(plain, 'text', 'title')[0]!.textContent).toBe(journey.name);
    expect(byClass(plain, 'text', 'meta')[0]!.textContent).toContain('exported 12 May 2025');
    expect(byClass(plain, 'text', 'run')).toHaveLength(0);
    const run = '10,000 customers · seed 7 · fast · cohort mortgage-preapproval.cohort.json';
    const shown = parse(picture(journey, { overlay: overlayOf(journey), run }).svg);
    expect(byClass(shown, 'text', 'run')[0]!.textContent).toBe(`Run ${run}`);
  });

  it('shows the overlay and its legend only when an overlay is given', () => {
    const journey = mortgage();
    expect(byClass(parse(picture(journey).svg), 'g', 'overlay-legend')).toHaveLength(0);
    expect(byClass(parse(picture(journey).svg), 'g', 'overlay-badge')).toHaveLength(0);
    const overlay = overlayOf(journey);
    const doc = parse(picture(journey, { overlay }).svg);
    const [legend] = byClass(doc, 'g', 'overlay-legend');
    expect(legend!.getAttribute('data-source')).toBe('simulation');
    expect(byClass(doc, 'text', 'legend-text')[0]!.textContent).toBe(overlay.legend);
    expect(byClass(doc, 'g', 'legend-key').map((k) => k.getAttribute('data-tone'))).toEqual(['good', 'bad']);
    const badges = byClass(doc, 'g', 'overlay-badge');
    expect(badges.map((b) => b.textContent)).toEqual(['12% drop', '38% drop']);
    const heat = byClass(doc, 'path', 'edge').find((e) => e.getAttribute('data-edge') === journey.edges[0]!.id)!;
    expect(heat.getAttribute('stroke-width')).toBe('6');
  });

  it('writes every node label as a <text> holding exactly the document text, whatever its characters', () => {
    const label = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 16 }), fc.constantFrom('<&"\'>', ']]>', 'a]]>b<!--c-->', '<![CDATA[x]]>', '&amp;', '\u202Eabc', '漢字の説明'));
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 20 }), (labels, name) => {
        const journey = mini();
        journey.name = name;
        labels.forEach((l, i) => {
          if (journey.nodes[i]) journey.nodes[i]!.label = l;
        });
        const doc = parse(picture(journey).svg);
        const texts = byClass(doc, 'text', 'node-label');
        expect(texts).toHaveLength(journey.nodes.length);
        journey.nodes.forEach((n, i) => expect(texts[i]!.textContent).toBe(n.label || n.id));
      }),
      { numRuns: 60 },
    );
  });

  it('drops what XML cannot hold and keeps the rest (control characters, lone surrogates, U+FFFF)', () => {
    const journey = mini();
    journey.nodes[0]!.label = 'a\u0000b\u0007c\uD800d\uFFFFe';
    journey.name = 'Name\u0001';
    const doc = parse(picture(journey).svg);
    expect(byClass(doc, 'text', 'node-label')[0]!.textContent).toBe('abcde');
    expect(byClass(doc, 'text', 'title')[0]!.textContent).toBe('Name');
  });

  it('draws a journey the linter rejects, as the canvas does (an unknown stage, an edge to nowhere, a missing start)', () => {
    const journey = mortgage();
    journey.nodes[0]!.stage = 'no-such-stage';
    journey.edges.push({ id: 'dangling', from: journey.nodes[0]!.id, to: 'nowhere', event: 'GO' } as Journey['edges'][number]);
    journey.start = 'missing';
    const doc = parse(picture(journey).svg);
    expect(byClass(doc, 'g', 'node')).toHaveLength(journey.nodes.length);
    expect(byClass(doc, 'g', 'stage-header').some((e) => e.getAttribute('data-stage') === '')).toBe(true);
    expect(byClass(doc, 'path', 'edge').some((e) => e.getAttribute('data-edge') === 'dangling')).toBe(false);
  });

  it('draws only the visible area when one is given: the nodes in it, a smaller picture', () => {
    const journey = mortgage();
    const grid = gridOf(journey);
    const whole = wholeArea(grid);
    const area = { x: whole.x, y: whole.y, width: whole.width / 3, height: whole.height };
    const full = picture(journey);
    const part = picture(journey, { area });
    expect(part.width).toBeLessThan(full.width);
    const doc = parse(part.svg);
    const ids = byClass(doc, 'g', 'node').map((e) => e.getAttribute('data-node'));
    const inside = journey.nodes.filter((n) => grid.positions.get(n.id)!.x < area.x + area.width).map((n) => n.id);
    expect(ids).toEqual(inside);
    expect(ids.length).toBeLessThan(journey.nodes.length);
    expect(byClass(doc, 'text', 'meta')[0]!.textContent).toContain('part of the map');
  });

  it('cuts into tiles that cover the picture at its scale, each a valid SVG holding only the nodes that reach into it', () => {
    const journey = mortgage();
    const { tiles, scale, ...size } = pictureTiles(journey, { theme: LIGHT_PICTURE_THEME, date: 'today' }, () => 2, { width: 1024, height: 1024 });
    expect(scale).toBe(2);
    const picture = mapPicture(journey, { theme: LIGHT_PICTURE_THEME, date: 'today' });
    expect(size).toEqual({ width: picture.width, height: picture.height });
    const W = picture.width * 2;
    const H = picture.height * 2;
    expect(tiles.reduce((a, t) => a + t.width * t.height, 0)).toBe(W * H);
    expect(Math.max(...tiles.map((t) => t.x + t.width))).toBe(W);
    expect(Math.max(...tiles.map((t) => t.y + t.height))).toBe(H);
    const seen = new Set<string>();
    for (const tile of tiles) {
      const doc = parse(tile.svg);
      expect(Number(doc.documentElement!.getAttribute('width'))).toBe(tile.width);
      for (const g of byClass(doc, 'g', 'node')) seen.add(g.getAttribute('data-node')!);
      expect(byClass(doc, 'g', 'node').length).toBeLessThan(journey.nodes.length);
    }
    expect([...seen].sort()).toEqual(journey.nodes.map((n) => n.id).sort());
  });

  it('cuts into tiles no larger than asked: by default columns of the map, whole in height', () => {
    const journey = mortgage();
    const { tiles, ...picture } = pictureTiles(journey, { theme: LIGHT_PICTURE_THEME, date: 'today' }, () => 2);
    const H = picture.height * 2;
    expect(H).toBeLessThanOrEqual(TILE_LIMITS.height);
    expect(tiles.length).toBe(Math.ceil((picture.width * 2) / TILE_LIMITS.width));
    for (const tile of tiles) {
      expect(tile.y).toBe(0);
      expect(tile.height).toBe(H);
      expect(tile.width).toBeLessThanOrEqual(TILE_LIMITS.width);
    }
    const small = pictureTiles(journey, { theme: LIGHT_PICTURE_THEME, date: 'today' }, () => 2, { width: 700, height: 500 }).tiles;
    expect(Math.max(...small.map((t) => t.width))).toBe(700);
    expect(Math.max(...small.map((t) => t.height))).toBe(500);
    expect(small.reduce((a, t) => a + t.width * t.height, 0)).toBe(picture.width * 2 * H);
  });

  it('holds in each tile only the part of a long edge that the tile shows, its dashes where the whole edge has them, and no tooltips', () => {
    const journey = generateLargeJourney(120, { stages: 8 }) as unknown as Journey;
    const options = { theme: LIGHT_PICTURE_THEME, date: 'today' };
    const whole = parse(mapPicture(journey, options).svg);
    const wholeEdges = new Map(byClass(whole, 'path', 'edge').map((e) => [e.getAttribute('data-edge')!, e]));
    const scale = 0.8;
    const { tiles } = pictureTiles(journey, options, () => scale);
    expect(tiles.length).toBeGreaterThan(4);
    let cut = 0;
    for (const tile of tiles) {
      const doc = parse(tile.svg);
      expect(all(doc, 'title')).toHaveLength(0);
      const [vx, vy, vw, vh] = doc.documentElement!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      const [ox, oy] = byClass(doc, 'g', 'map')[0]!.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number) as [number, number];
      // in the map's coordinates: the tile's window, with the edges' bleed and a corner's radius
      const [x0, y0, x1, y1] = [vx - ox - 40, vy - oy - 40, vx + vw - ox + 40, vy + vh - oy + 40];
      for (const edge of byClass(doc, 'path', 'edge')) {
        const d = edge.getAttribute('d')!;
        const n = d.match(/-?\d*\.?\d+/g)!.map(Number);
        for (let i = 0; i < n.length; i += 2) {
          expect(n[i]!).toBeGreaterThanOrEqual(x0);
          expect(n[i]!).toBeLessThanOrEqual(x1);
          expect(n[i + 1]!).toBeGreaterThanOrEqual(y0);
          expect(n[i + 1]!).toBeLessThanOrEqual(y1);
        }
        const original = wholeEdges.get(edge.getAttribute('data-edge')!)!;
        if (d === original.getAttribute('d')) continue;
        cut++;
        // the arrow only where the edge ends
        const end = numbers(original.getAttribute('d')!).slice(-2);
        expect(edge.hasAttribute('marker-end')).toBe(Math.hypot(n.at(-2)! - end[0]!, n.at(-1)! - end[1]!) < 0.05);
        // dashed: the cut part's dashes start where they are along the whole edge
        const dash = original.getAttribute('stroke-dasharray');
        if (!dash) continue;
        const [sx, sy] = n as [number, number];
        const from = routeInWindow(original.getAttribute('d')!, [sx - 0.01, sy - 0.01, sx + 0.01, sy + 0.01], scale)!;
        const period = dash.split(' ').reduce((a, b) => a + Number(b), 0);
        expect(Number(edge.getAttribute('stroke-dashoffset') ?? 0)).toBeCloseTo(from.start % period, 2);
      }
    }
    expect(cut).toBeGreaterThan(20);
  });

  it('holds in each tile only the parts of the frame its window meets: its stages’ headers, the lane names and title only at the left', () => {
    const journey = generateLargeJourney(120, { stages: 8 }) as unknown as Journey;
    const options = { theme: LIGHT_PICTURE_THEME, date: 'today' };
    const grid = gridOf(journey);
    const scale = 0.8;
    const { tiles } = pictureTiles(journey, options, () => scale);
    const headers = new Set<string>();
    tiles.forEach((tile, i) => {
      const doc = parse(tile.svg);
      const [vx, , vw] = doc.documentElement!.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      const [ox] = byClass(doc, 'g', 'map')[0]!.getAttribute('transform')!.match(/-?[\d.]+/g)!.map(Number) as [number, number];
      const [x0, x1] = [vx - ox, vx + vw - ox];
      const shown = byClass(doc, 'g', 'stage-header').map((g) => g.getAttribute('data-stage')!);
      expect(shown).toEqual(grid.columns.filter((c) => c.x0 - 2 < x1 && x0 < c.x1 + 2).map((c) => c.stageId));
      shown.forEach((id) => headers.add(id));
      expect(byClass(doc, 'g', 'lane-label').length).toBe(i === 0 ? grid.rows.length : 0);
      expect(byClass(doc, 'text', 'title').length).toBe(i === 0 ? 1 : 0);
      expect(byClass(doc, 'g', 'blueprint-line').length).toBe(3);
      expect(byClass(doc, 'rect', 'lane').length).toBe(grid.rows.length);
    });
    expect([...headers]).toEqual(grid.columns.map((c) => c.stageId));
  });

  it('takes its colours from the theme it is given', () => {
    const light = parse(picture(mortgage()).svg);
    const dark = parse(picture(mortgage(), { theme: DARK_PICTURE_THEME }).svg);
    const bg = (d: Document) => byClass(d, 'rect', 'background')[0]!.getAttribute('fill');
    expect(bg(light)).toBe(LIGHT_PICTURE_THEME.bg);
    expect(bg(dark)).toBe(DARK_PICTURE_THEME.bg);
  });
});

/** A simulation-like overlay on the first two nodes and the first edge. */
function overlayOf(journey: Journey): CanvasOverlay {
  return {
    source: 'simulation',
    legend: 'Simulation · 10,000 customers · line width: volume · colour: drop-off',
    nodes: { [journey.nodes[0]!.id]: { tone: 'good', badge: '12% drop' }, [journey.nodes[1]!.id]: { tone: 'bad', badge: '38% drop' } },
    edges: { [journey.edges[0]!.id]: { width: 6, label: '9,120 · 91.2%' } },
  };
}
