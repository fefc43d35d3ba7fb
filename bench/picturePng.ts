// The map pictures in the browser, through the app's own Export menu: build the app, serve it with
// `vite preview`, open the workbench in Debian's chromium and export the main sample and a generated
// 300-node journey, 3 times each as SVG then PNG. Targets: SVG under 1 s, PNG under 3 s, no long
// task over 200 ms, SVG under 2 MB; a target passes on the median of the 3 runs (the best is shown
// too). The browser test (tests/e2e/specs/13-exports.spec.mjs) checks what the pictures are and
// bounds their times loosely; this is where the targets are measured. The browser helpers are the
// browser tests' own (tests/e2e/*.mjs), loaded at run time.
import { readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLargeJourney } from '../runtime/testing/generateLargeJourney';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const RUNS = 3;
const BIG_FILE = 'generated-300.journey.json';

type Page = unknown;
interface Picture { path: string; ms: number; longest: number; phases: string }
interface Attempt { svg: Picture; png: Picture; longest: number }
interface Figure { runs: number[]; median: number; best: number }
interface Targets { svgMs: number; pngMs: number; longTaskMs: number; svgBytes: number }
interface Helpers {
  buildApp(root: string, stdio: unknown): boolean;
  startPreview(root: string): Promise<{ baseUrl: string; stop(): void }>;
  launchChromium(): Promise<{ close(): Promise<void> }>;
  openSession(env: object): Promise<{ page: Page; context: unknown; takeProblems(): string[]; close(): Promise<void> }>;
  openWorkbench(session: object): Promise<void>;
  recordLongTasks(context: unknown): Promise<void>;
  mainSample(root: string): { file: string; journey: { id: string; nodes: unknown[] } };
  openOnCanvas(page: Page, file: string): Promise<void>;
  importJourney(page: Page, name: string, journey: object): Promise<void>;
  checkSvg(text: string): { width: number; height: number };
  pngSize(bytes: Buffer): { width: number; height: number };
  PICTURE_TARGETS: Targets;
  timePictures(page: Page, id: string, options: { attempts: number }): Promise<Attempt[]>;
  timingFigures(attempts: Attempt[]): { svgMs: Figure; pngMs: Figure; longestTaskMs: Figure };
}

async function helpers(): Promise<Helpers> {
  const files = ['previewServer', 'chromium', 'session', 'longTasks', 'samples', 'canvasActions', 'importJourney', 'pictureExport', 'pictureTiming'];
  const modules = await Promise.all(files.map((f) => import(/* @vite-ignore */ pathToFileURL(join(ROOT, 'tests/e2e', `${f}.mjs`)).href) as Promise<object>));
  return Object.assign({}, ...modules) as Helpers;
}

/** The open journey exported RUNS times as SVG then PNG: the figures and the pass flags. */
async function measure(h: Helpers, page: Page, id: string, nodes: number) {
  const attempts = await h.timePictures(page, id, { attempts: RUNS });
  const f = h.timingFigures(attempts);
  const last = attempts.at(-1)!;
  const svgText = readFileSync(last.svg.path, 'utf8');
  const svg = h.checkSvg(svgText);
  const pngBytes = readFileSync(last.png.path);
  const png = h.pngSize(pngBytes);
  const t = h.PICTURE_TARGETS;
  const svgBytes = Buffer.byteLength(svgText, 'utf8');
  const pass = { svg: f.svgMs.median < t.svgMs, png: f.pngMs.median < t.pngMs, longTask: f.longestTaskMs.median <= t.longTaskMs, svgBytes: svgBytes < t.svgBytes };
  return {
    nodes,
    runs: RUNS,
    svg: { medianMs: f.svgMs.median, bestMs: f.svgMs.best, runsMs: f.svgMs.runs, bytes: svgBytes, width: svg.width, height: svg.height },
    png: { medianMs: f.pngMs.median, bestMs: f.pngMs.best, runsMs: f.pngMs.runs, bytes: pngBytes.length, width: png.width, height: png.height, scale: Number((png.width / svg.width).toFixed(3)), phases: last.png.phases },
    longestTaskMs: { median: f.longestTaskMs.median, best: f.longestTaskMs.best, runs: f.longestTaskMs.runs },
    targets: t,
    pass: { ...pass, all: Object.values(pass).every(Boolean) },
  };
}

export async function benchPicturePng() {
  const h = await helpers();
  const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
  // The build's output goes to stderr: stdout is the JSON.
  if (!process.env.E2E_SKIP_BUILD && !h.buildApp(ROOT, ['ignore', 2, 2])) throw new Error('vite build failed');
  const preview = await h.startPreview(ROOT);
  let browser: Awaited<ReturnType<Helpers['launchChromium']>> | undefined;
  try {
    browser = await h.launchChromium();
    const session = await h.openSession({ browser, baseUrl: preview.baseUrl, artifacts: tmpdir(), spec: 'bench-picturePng' });
    await h.recordLongTasks(session.context);
    await h.openWorkbench(session);
    const { page } = session;
    const sample = h.mainSample(ROOT);
    await h.openOnCanvas(page, sample.file);
    const mainSample = { file: sample.file, ...(await measure(h, page, sample.journey.id, sample.journey.nodes.length)) };
    const big = generateLargeJourney(300, { stages: 15 });
    await h.importJourney(page, BIG_FILE, big);
    const generated300 = await measure(h, page, String(big.id), big.nodes.length);
    const problems = session.takeProblems();
    await session.close();
    return {
      name: 'SVG and PNG of the map in the browser, from the Export menu (median of 3)',
      cores: cpus().length,
      loadAverage: { before: loadBefore, after: loadavg().map((l) => Number(l.toFixed(2))) },
      mainSample,
      generated300,
      ...(problems.length ? { problems } : {}),
      pass: mainSample.pass.all && generated300.pass.all && problems.length === 0,
    };
  } finally {
    await browser?.close().catch(() => {});
    preview.stop();
  }
}
