import { describe, expect, it } from 'vitest';
import { gridOf } from './gridOf';
import { CARD_TITLE_PX, currentStage, FIT_MARGIN, fitOverview, fitReadable, fitStage, isReadable, mapBounds, panToStage, READABLE_ZOOM, stageBounds, stagesInView, type ViewArea } from './viewportFit';
import { mini, mortgage } from './testJourneys';

/** A canvas at 1280×720 with the side bar and inspector open, the toolbar's strip at the top. */
const SMALL: ViewArea = { width: 630, height: 420, top: 46 };
const WIDE: ViewArea = { width: 5000, height: 2000, top: 46 };
const onScreen = (x: number, zoom: number, tx: number) => x * zoom + tx;

describe('readable zoom', () => {
  it('puts a card title at 12 px or more on screen', () => {
    expect(READABLE_ZOOM * CARD_TITLE_PX).toBeCloseTo(12);
    expect(isReadable(READABLE_ZOOM)).toBe(true);
    expect(isReadable(0.5)).toBe(false);
  });
});

describe('fitReadable', () => {
  it('never goes below the readable zoom: a large map shows its first stage and top lane', () => {
    const g = gridOf(mortgage());
    const v = fitReadable(g, SMALL);
    expect(v.zoom).toBe(READABLE_ZOOM);
    const b = mapBounds(g);
    expect(onScreen(b.x, v.zoom, v.x)).toBeCloseTo(FIT_MARGIN);
    expect(onScreen(b.y, v.zoom, v.y)).toBeCloseTo(SMALL.top + FIT_MARGIN);
    expect(stagesInView(g, v, SMALL)).toContain(0);
  });

  it('shows a map that fits whole, centred below the toolbar, never above 1:1', () => {
    const g = gridOf(mini());
    const v = fitReadable(g, WIDE);
    expect(v.zoom).toBe(1);
    const b = mapBounds(g);
    expect(onScreen(b.x + b.width / 2, v.zoom, v.x)).toBeCloseTo(WIDE.width / 2);
    expect(onScreen(b.y + b.height / 2, v.zoom, v.y)).toBeCloseTo(WIDE.top + (WIDE.height - WIDE.top) / 2);
    expect(stagesInView(g, v, WIDE)).toEqual(g.columns.map((_, i) => i));
  });
});

describe('fitOverview', () => {
  it('shows the whole map even below the readable zoom, and says so', () => {
    const g = gridOf(mortgage());
    const { viewport: v, readable } = fitOverview(g, SMALL);
    expect(v.zoom).toBeLessThan(READABLE_ZOOM);
    expect(readable).toBe(false);
    const b = mapBounds(g);
    expect(onScreen(b.x, v.zoom, v.x)).toBeGreaterThanOrEqual(FIT_MARGIN - 1e-9);
    expect(onScreen(b.x + b.width, v.zoom, v.x)).toBeLessThanOrEqual(SMALL.width - FIT_MARGIN + 1e-9);
    expect(onScreen(b.y, v.zoom, v.y)).toBeGreaterThanOrEqual(SMALL.top + FIT_MARGIN - 1e-9);
    expect(stagesInView(g, v, SMALL)).toHaveLength(g.columns.length);
  });

  it('is readable when the map fits at a readable size', () => {
    expect(fitOverview(gridOf(mortgage()), WIDE).readable).toBe(true);
  });
});

describe('fitStage and panToStage', () => {
  it('fits one stage at a readable zoom with its whole column in view', () => {
    const g = gridOf(mortgage());
    const last = g.columns.length - 1;
    const v = fitStage(g, last, SMALL)!;
    expect(isReadable(v.zoom)).toBe(true);
    expect(stagesInView(g, v, SMALL)).toContain(last);
    expect(currentStage(g, v, SMALL)).toBe(last);
    const b = stageBounds(g, last)!;
    expect(onScreen(b.x + b.width / 2, v.zoom, v.x)).toBeCloseTo(SMALL.width / 2);
  });

  it('pans to a stage keeping a readable zoom and the vertical position', () => {
    const g = gridOf(mortgage());
    const start = fitReadable(g, SMALL);
    const v = panToStage(g, 3, { ...start, zoom: 1.2 }, SMALL)!;
    expect(v.zoom).toBe(1.2);
    expect(v.y).toBe(start.y);
    expect(stagesInView(g, v, SMALL)).toContain(3);
  });

  it('zooms in to the readable zoom when going to a stage from an overview', () => {
    const g = gridOf(mortgage());
    const overview = fitOverview(g, SMALL).viewport;
    const v = panToStage(g, 4, overview, SMALL)!;
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(stagesInView(g, v, SMALL)).toContain(4);
    expect(onScreen(mapBounds(g).y, v.zoom, v.y)).toBeCloseTo(SMALL.top + FIT_MARGIN);
  });

  it('knows no stage past the last', () => {
    const g = gridOf(mortgage());
    expect(fitStage(g, g.columns.length, SMALL)).toBeUndefined();
    expect(panToStage(g, -1, fitReadable(g, SMALL), SMALL)).toBeUndefined();
  });
});

describe('fitReadable with the start node', () => {
  it('pans down the least that brings the start node into view on a short canvas, still at the first stage', () => {
    const j = mortgage();
    const g = gridOf(j);
    const p = g.positions.get(j.start)!;
    const focus = { x: p.x, y: p.y, width: 200, height: 84 };
    const short: ViewArea = { width: 630, height: 330, top: 46 };
    const plain = fitReadable(g, short);
    expect(onScreen(p.y + 84, plain.zoom, plain.y)).toBeGreaterThan(short.height);
    const v = fitReadable(g, short, focus);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x).toBe(plain.x);
    expect(onScreen(p.y + 84, v.zoom, v.y)).toBeCloseTo(short.height - FIT_MARGIN);
    expect(onScreen(p.y, v.zoom, v.y)).toBeGreaterThanOrEqual(short.top);
    expect(stagesInView(g, v, short)).toContain(0);
  });

  it('leaves the view alone when the start node is already in it', () => {
    const j = mortgage();
    const g = gridOf(j);
    const p = g.positions.get(j.start)!;
    const tall: ViewArea = { width: 630, height: 1200, top: 46 };
    expect(fitReadable(g, tall, { x: p.x, y: p.y, width: 200, height: 84 })).toEqual(fitReadable(g, tall));
  });
});
