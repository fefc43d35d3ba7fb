// A browser session for a spec: a fresh context (fresh storage), every request checked to stay on
// this machine, console errors collected, numbered screenshots in tests/e2e/artifacts/.
import { join } from 'node:path';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLocalUrl(url) {
  if (/^(data|blob|about|chrome-extension):/.test(url)) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function openSession(env, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark', acceptDownloads: true, ...options });
  const problems = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    problems.push(`a request left the machine: ${url}`);
    return route.abort();
  });
  const watch = (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.stack ?? e.message}`));
    page.on('request', (r) => {
      if (!isLocalUrl(r.url())) problems.push(`a request left the machine: ${r.url()}`);
    });
  };
  context.on('page', watch);
  const page = await context.newPage();
  let shotNo = 0;
  const session = {
    context,
    page,
    baseUrl: env.baseUrl,
    /** Problems seen since the last call (console errors, requests off the machine). */
    takeProblems: () => problems.splice(0),
    async shot(step) {
      const name = `${env.spec}-${String(++shotNo).padStart(2, '0')}-${step.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await session.page.screenshot({ path: join(env.artifacts, name) });
      return name;
    },
    close: () => context.close(),
  };
  return session;
}

/** Open the workbench and wait until the workspace is loaded. */
export async function openWorkbench(session) {
  await session.page.goto(session.baseUrl);
  await session.page.waitForSelector('[data-testid="workbench"]', { timeout: 15_000 });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll until `check` returns a truthy value (or throw with `what`). */
export async function until(check, what, ms = 8000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await check();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
