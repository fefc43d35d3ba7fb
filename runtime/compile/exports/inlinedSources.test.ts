import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INLINED_SOURCES, inlinedSourceModule } from './inlinedSources';
import { CEL_RUNTIME_SOURCE } from './celRuntimeSource.generated';
import { JOURNEY_TIMERS_SOURCE } from './journeyTimersSource.generated';
import { VARIANT_ASSIGNMENT_SOURCE } from './variantAssignmentSource.generated';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const loaded: Record<string, string> = { CEL_RUNTIME_SOURCE, JOURNEY_TIMERS_SOURCE, VARIANT_ASSIGNMENT_SOURCE };

describe.each(INLINED_SOURCES.map((s) => [s.generatedPath, s] as const))('%s', (_name, source) => {
  it(`is the current text of ${source.path} (rewritten when stale: re-run the tests)`, () => {
    const text = readFileSync(repo + source.path, 'utf8');
    const expected = inlinedSourceModule(source, text);
    const actual = readFileSync(repo + source.generatedPath, 'utf8');
    if (actual !== expected) writeFileSync(repo + source.generatedPath, expected);
    expect(actual === expected, `${source.generatedPath} was stale and has been regenerated: run the tests again`).toBe(true);
    expect(loaded[source.constName] === text).toBe(true);
  });

  it(`holds a file whose only import is ${source.onlyImport ?? 'none'}`, () => {
    const imports = loaded[source.constName]!.split('\n').filter((l) => /^\s*import\b/.test(l));
    const only = source.onlyImport;
    if (only === undefined) return void expect(imports).toEqual([]);
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(new RegExp(`from ['"]${only.replace(/[/.]/g, '\\$&')}['"]$`));
  });
});
