// The JavaScript a first visit loads: the scripts and modulepreloads of dist/index.html (and what
// they statically import), without the lazily loaded Monaco and elkjs chunks. Gzipped with node:zlib.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const LAZY = /monaco|editor\.api|editor\.main|elk|\.worker/i;

export function firstLoadSize(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  const queue = [...refs];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || LAZY.test(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports of other chunks load with it (dynamic import() ones do not).
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(join(file.slice(0, file.lastIndexOf('/') + 1), m[1]));
  }
  const files = [...seen];
  const gzipBytes = files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files, gzipBytes };
}
