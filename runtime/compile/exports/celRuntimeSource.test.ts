import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CEL_RUNTIME_PATH, CEL_RUNTIME_SOURCE_PATH, generateCelRuntimeSource } from './generateCelRuntimeSource';
import { CEL_RUNTIME_SOURCE } from './celRuntimeSource.generated';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

describe('celRuntimeSource.generated.ts', () => {
  it('is the current text of runtime/expr/celRuntime.ts (rewritten when stale: re-run the tests)', () => {
    const runtimeText = readFileSync(repo + CEL_RUNTIME_PATH, 'utf8');
    const expected = generateCelRuntimeSource(runtimeText);
    const actual = readFileSync(repo + CEL_RUNTIME_SOURCE_PATH, 'utf8');
    if (actual !== expected) writeFileSync(repo + CEL_RUNTIME_SOURCE_PATH, expected);
    expect(actual === expected, `${CEL_RUNTIME_SOURCE_PATH} was stale and has been regenerated: run the tests again`).toBe(true);
    expect(CEL_RUNTIME_SOURCE === runtimeText).toBe(true);
  });

  it('holds a runtime whose only import is the CEL library', () => {
    const imports = CEL_RUNTIME_SOURCE.split('\n').filter((l) => /^\s*import\b/.test(l));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/from ['"]@marcbachmann\/cel-js['"]/);
  });
});
