// The exported TS module inlines the CEL runtime (runtime/expr/celRuntime.ts) verbatim. The runtime
// cannot read files (it runs in browsers and workers), so the text is kept in
// celRuntimeSource.generated.ts, produced by this function; celRuntimeSource.test.ts compares it
// with celRuntime.ts and rewrites it (and fails) when it is stale.

export const CEL_RUNTIME_PATH = 'runtime/expr/celRuntime.ts';
export const CEL_RUNTIME_SOURCE_PATH = 'runtime/compile/exports/celRuntimeSource.generated.ts';

/** The text of celRuntimeSource.generated.ts for the given text of celRuntime.ts. */
export function generateCelRuntimeSource(celRuntimeText: string): string {
  return [
    `// Generated from ${CEL_RUNTIME_PATH} by runtime/compile/exports/generateCelRuntimeSource.ts: do not edit.`,
    `// runtime/compile/exports/celRuntimeSource.test.ts regenerates it (and fails) when it is stale.`,
    `export const CEL_RUNTIME_SOURCE: string = ${JSON.stringify(celRuntimeText)};`,
    '',
  ].join('\n');
}
