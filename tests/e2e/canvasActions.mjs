// Canvas gestures for the browser tests, through the agreed selectors (data-testid).
import { sleep, until } from './session.mjs';

export const canvasSel = (file) => `[data-testid="canvas-editor"][data-path="${file}"] [data-testid="journey-canvas"]`;

/** The centre of a stage × lane cell of the map, in page coordinates. */
export async function cellCenter(page, file, stage, lane) {
  const root = page.locator(canvasSel(file));
  const row = await root.locator(`[data-testid="lane-${lane}"]`).boundingBox();
  const col = await root.locator(`[data-testid="stage-${stage}"]`).boundingBox();
  if (!row || !col) throw new Error(`no cell ${stage} × ${lane} on the canvas`);
  return { x: col.x + col.width / 2, y: row.y + row.height / 2 };
}

/** Drag a node kind from the Nodes palette and drop it at a point of the canvas (HTML5 drag and drop). */
export async function dropFromPalette(page, file, kind, point) {
  const dt = await page.evaluateHandle(() => new DataTransfer());
  const item = page.locator(`[data-testid="palette-${kind}"]`);
  await item.dispatchEvent('dragstart', { dataTransfer: dt });
  const pane = page.locator(`${canvasSel(file)} .react-flow__pane`);
  await pane.dispatchEvent('dragenter', { dataTransfer: dt, clientX: point.x, clientY: point.y });
  await pane.dispatchEvent('dragover', { dataTransfer: dt, clientX: point.x, clientY: point.y });
  await pane.dispatchEvent('drop', { dataTransfer: dt, clientX: point.x, clientY: point.y });
  await item.dispatchEvent('dragend', { dataTransfer: dt });
}

/** Zoom the canvas in around a point with the mouse wheel until `enough` says so. */
export async function zoomAt(page, point, enough, steps = 12) {
  await page.mouse.move(point.x, point.y);
  for (let i = 0; i < steps && !(await enough()); i++) {
    await page.mouse.wheel(0, -120);
    await sleep(60);
  }
}

const center = (b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Pan the map by dragging an empty spot of the pane. */
export async function panBy(page, file, dx, dy) {
  const pane = page.locator(`${canvasSel(file)} .react-flow__pane`);
  const box = await pane.boundingBox();
  const spot = await page.evaluate(({ box, dx, dy }) => {
    const empty = (x, y) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane');
    for (let fy = 0.1; fy < 0.95; fy += 0.05) {
      for (let fx = 0.1; fx < 0.95; fx += 0.05) {
        const x = box.x + box.width * fx;
        const y = box.y + box.height * fy;
        const tx = Math.min(Math.max(x + dx, box.x + 50), box.x + box.width - 50);
        const ty = Math.min(Math.max(y + dy, box.y + 50), box.y + box.height - 50);
        if (empty(x, y) && tx === x + dx && ty === y + dy) return { x, y };
      }
    }
    return null;
  }, { box, dx, dy });
  if (!spot) throw new Error('no empty spot of the canvas to pan from');
  await page.mouse.move(spot.x, spot.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(spot.x + (dx * i) / 8, spot.y + (dy * i) / 8);
    await sleep(16);
  }
  await page.mouse.up();
  await sleep(50);
}

/** Pan so that the given nodes sit around the middle of the canvas. */
export async function centerOn(page, file, ids) {
  const root = page.locator(canvasSel(file));
  const boxes = await Promise.all(ids.map((id) => root.locator(`.react-flow__node[data-id="${id}"]`).boundingBox()));
  const pane = await root.locator('.react-flow__pane').boundingBox();
  const x0 = Math.min(...boxes.map((b) => b.x));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  const dx = pane.x + pane.width / 2 - (x0 + x1) / 2;
  const dy = pane.y + pane.height / 2 - (y0 + y1) / 2;
  // Pan in steps small enough to find an empty spot to drag from.
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx) / (pane.width / 3), Math.abs(dy) / (pane.height / 3))));
  for (let i = 0; i < steps; i++) await panBy(page, file, dx / steps, dy / steps);
}

/** Whether the centre of each box is the element itself (or inside it), not under the toolbar, the minimap or a panel. */
async function handlesHittable(page, file, from, to) {
  return page.evaluate(
    ({ sel, from, to }) => {
      const root = document.querySelector(sel);
      const hit = (id, kind) => {
        const h = root?.querySelector(`.react-flow__node[data-id="${id}"] .react-flow__handle.${kind}`);
        if (!h) return false;
        const r = h.getBoundingClientRect();
        const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return !!at && (at === h || h.contains(at));
      };
      return hit(from, 'source') && hit(to, 'target');
    },
    { sel: canvasSel(file), from, to },
  );
}

/**
 * Bring two nodes' handles (the source's out, the target's in) where a pointer can reach them:
 * centred between them, zoomed out a step at a time while one is under the canvas toolbar or
 * outside the pane.
 */
export async function reachHandles(page, file, from, to) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await centerOn(page, file, [from, to]);
    if (await handlesHittable(page, file, from, to)) return;
    await page.locator(`[data-testid="canvas-toolbar-zoom-out"]:visible`).first().click();
    await sleep(250);
  }
  throw new Error(`the handles of ${from} → ${to} stay covered (toolbar, minimap or panel) or off the pane`);
}

/** Connect two nodes by dragging from the source's handle to the target's handle (reach them first: reachHandles). */
export async function connectNodes(page, file, from, to) {
  const root = page.locator(canvasSel(file));
  const source = await root.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`).boundingBox();
  const target = await root.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`).boundingBox();
  if (!source || !target) throw new Error(`no handles to connect ${from} → ${to}`);
  const a = center(source);
  const b = center(target);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(a.x + ((b.x - a.x) * i) / 10, a.y + ((b.y - a.y) * i) / 10);
    await sleep(16);
  }
  await page.mouse.up();
}

/** The codes (and elements) of the rows of the Problems panel. */
export async function problemRows(page) {
  return page.$$eval('[data-testid="problem"]', (rows) => rows.map((r) => ({ code: r.dataset.code, node: r.dataset.node ?? null, edge: r.dataset.edge ?? null, text: r.textContent })));
}

export async function statusCounts(page) {
  const text = (await page.textContent('[data-testid="status-counts"]')) ?? '';
  const m = /(\d+) nodes · (\d+) edges/.exec(text);
  return m ? { nodes: Number(m[1]), edges: Number(m[2]) } : undefined;
}

export async function waitForCounts(page, nodes, edges) {
  return until(async () => {
    const c = await statusCounts(page);
    return c && c.nodes === nodes && c.edges === edges;
  }, `${nodes} nodes and ${edges} edges in the status bar`);
}

/** Open a journey from the Explorer and wait until its nodes are on the canvas. */
export async function openOnCanvas(page, file) {
  await page.click(`[data-testid="explorer-item"][data-path="${file}"]`);
  await page.waitForSelector(`${canvasSel(file)} .react-flow__node`);
}

/**
 * Wait until the canvas draws the routes of the map it shows (`data-routes` settled or unavailable):
 * edge labels move when a pass lands, so a click on a label waits for this first.
 */
export async function routesSettled(page, file, ms = 30_000) {
  await page.waitForSelector(`${canvasSel(file)}:is([data-routes="settled"], [data-routes="unavailable"])`, { timeout: ms });
}

/** Whether the centre of an edge's label is the label itself (not under another editor group, a panel or the toolbar). */
async function labelHittable(page, file, edgeId) {
  return page.evaluate(
    ({ sel, edgeId }) => {
      const label = document.querySelector(`${sel} [data-testid="edge-${edgeId}"]`);
      if (!label) return false;
      const r = label.getBoundingClientRect();
      const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !!at && (at === label || label.contains(at));
    },
    { sel: canvasSel(file), edgeId },
  );
}

/**
 * Click (or double-click) an edge's label as a user would: once the labels have stopped moving, and
 * with the label panned into the visible canvas first when it is outside it or covered (a click the
 * browser has to scroll to would land on a map React Flow scrolls back).
 */
export async function clickEdgeLabel(page, file, edgeId, how = 'click') {
  await routesSettled(page, file);
  const root = page.locator(canvasSel(file));
  const label = root.locator(`[data-testid="edge-${edgeId}"]`);
  // Pan towards the middle of the pane, a third of the pane at most per drag (to find an empty spot).
  for (let step = 0; step < 8 && !(await labelHittable(page, file, edgeId)); step++) {
    const box = await label.boundingBox();
    const pane = await root.locator('.react-flow__pane').boundingBox();
    const clamp = (d, size) => Math.max(-size / 3, Math.min(size / 3, d));
    await panBy(page, file, clamp(pane.x + pane.width / 2 - (box.x + box.width / 2), pane.width), clamp(pane.y + pane.height / 2 - (box.y + box.height / 2), pane.height));
  }
  if (!(await labelHittable(page, file, edgeId))) throw new Error(`the label of edge '${edgeId}' cannot be brought into view on the canvas of ${file}`);
  if (how === 'dblclick') await label.dblclick();
  else await label.click();
}
