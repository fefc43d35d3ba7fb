import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openSession } from '../session.mjs';

/** The Mermaid export of every sample and of generated hostile journeys, with their expected labels (tests/e2e/mermaidCases.ts). */
function mermaidCases(root) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'tests/e2e/mermaidCases.ts')], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`mermaidCases.ts failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Renders each diagram with the real mermaid package on a blank page; returns what the SVGs show. */
async function render(page, cases) {
  return page.evaluate(async (cases) => {
    const out = [];
    // The payloads of the hostile texts assign globalThis.injected (mermaid's bundle has a global of that name: compare).
    const before = window.injected;
    for (const [i, c] of cases.entries()) {
      try {
        const { svg } = await window.mermaid.render(`diagram-${i}`, c.text);
        const host = document.createElement('div');
        host.innerHTML = svg;
        document.body.append(host);
        const texts = [...host.querySelectorAll('g.node .label, .cluster-label, .edgeLabel')].map((e) => e.textContent);
        out.push({ name: c.name, svg: host.querySelector('svg') !== null, states: host.querySelectorAll('g.node').length, texts, injected: window.injected !== before });
        host.remove();
      } catch (e) {
        out.push({ name: c.name, error: String(e?.message ?? e) });
      }
    }
    return out;
  }, cases);
}

/**
 * Renders one diagram and leaves it on the page; returns each arrow as `from --> to : label`, the
 * states named by their labels (`[*]` for start and end): an arrow's ends are the states (boxes,
 * composites) whose borders are nearest to where its path starts and ends.
 */
async function drawnArrows(page, text) {
  return page.evaluate(async (text) => {
    const { svg } = await window.mermaid.render('diagram-arrows', text);
    const host = document.createElement('div');
    host.innerHTML = svg;
    document.body.replaceChildren(host);
    const boxes = [
      ...[...host.querySelectorAll('g.node')].map((n) => ({ name: n.textContent.trim() || '[*]', r: n.getBoundingClientRect() })),
      ...[...host.querySelectorAll('g.statediagram-cluster')].map((c) => ({ name: c.querySelector('.cluster-label')?.textContent.trim() ?? '?', r: c.getBoundingClientRect() })),
    ];
    const border = (p, r) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return dx > 0 || dy > 0 ? Math.hypot(dx, dy) : Math.min(p.x - r.left, r.right - p.x, p.y - r.top, r.bottom - p.y);
    };
    const stateAt = (p) => boxes.reduce((best, b) => (border(p, b.r) < border(p, best.r) ? b : best)).name;
    const labels = new Map([...host.querySelectorAll('.edgeLabel .label[data-id]')].map((l) => [l.getAttribute('data-id'), l.textContent.trim()]));
    return [...host.querySelectorAll('path[data-edge="true"]')].map((path) => {
      const m = path.getScreenCTM();
      const at = (length) => {
        const q = path.getPointAtLength(length);
        return { x: m.a * q.x + m.c * q.y + m.e, y: m.b * q.x + m.d * q.y + m.f };
      };
      return `${stateAt(at(0))} --> ${stateAt(at(path.getTotalLength()))} : ${labels.get(path.getAttribute('data-id')) ?? ''}`;
    });
  }, text);
}

function check(results, cases) {
  results.forEach((r, i) => {
    assert.equal(r.error, undefined, `${r.name} renders: ${r.error}\n${cases[i].text}`);
    assert.ok(r.svg, `${r.name} renders an SVG`);
    assert.equal(r.injected, false, `${r.name}: no script of a label ran`);
    const texts = new Set(r.texts);
    for (const label of cases[i].labels) assert.ok(texts.has(label), `${r.name}: the label ${JSON.stringify(label)} is in the SVG as it is in the document (the SVG shows ${JSON.stringify([...texts].slice(0, 40))})\n${cases[i].text}`);
  });
}

export default {
  name: 'Mermaid: the export of every sample and of hostile journeys renders in the real mermaid, labels exact',
  async setup(env) {
    const session = await openSession(env);
    const all = mermaidCases(env.root);
    await session.page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await session.page.addScriptTag({ path: join(env.root, 'node_modules/mermaid/dist/mermaid.min.js') });
    await session.page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    const colliding = all.filter((c) => c.arrows !== undefined);
    const hostile = all.filter((c) => !c.name.endsWith('.journey.json') && c.arrows === undefined);
    return { ...env, session, samples: all.filter((c) => c.name.endsWith('.journey.json')), hostile, colliding };
  },
  tests: [
    {
      name: 'every sample’s Mermaid export renders, with every label as the document writes it',
      async run(s) {
        assert.ok(s.samples.length >= 6, `the samples are there (${s.samples.length})`);
        check(await render(s.session.page, s.samples), s.samples);
      },
    },
    {
      name: 'generated journeys with hostile text (quotes, -->, %%, #, <, &, U+2028, lone surrogates…) render with exact labels',
      async run(s) {
        check(await render(s.session.page, s.hostile), s.hostile);
      },
    },
    {
      name: 'a journey whose ids collide in Mermaid’s form (call-queued and the queued step of call, state and state-s…) draws each edge to the state it names',
      async run(s) {
        assert.equal(s.colliding.length, 1);
        const [c] = s.colliding;
        check(await render(s.session.page, [c]), [c]);
        const drawn = await drawnArrows(s.session.page, c.text);
        await s.session.shot('colliding-ids');
        assert.deepEqual([...drawn].sort(), [...c.arrows].sort(), `the arrows drawn\n${c.text}`);
      },
    },
  ],
};
