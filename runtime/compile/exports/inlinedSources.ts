// The exported TS module inlines some runtime files verbatim: the CEL runtime and the journey
// timers. The runtime cannot read files (it runs in browsers and workers), so each text is kept in
// a generated module, produced by `inlinedSourceModule`; inlinedSources.test.ts compares each with
// its source file and rewrites it (and fails) when it is stale.

export interface InlinedSource {
  /** The file inlined, from the repository root. */
  path: string;
  /** The generated module holding its text. */
  generatedPath: string;
  /** The constant that module exports. */
  constName: string;
  /** The only module the inlined file may import (none: it imports nothing). */
  onlyImport?: string;
}

export const INLINED_SOURCES: readonly InlinedSource[] = [
  { path: 'runtime/expr/celRuntime.ts', generatedPath: 'runtime/compile/exports/celRuntimeSource.generated.ts', constName: 'CEL_RUNTIME_SOURCE', onlyImport: '@marcbachmann/cel-js' },
  { path: 'runtime/compile/journeyTimers.ts', generatedPath: 'runtime/compile/exports/journeyTimersSource.generated.ts', constName: 'JOURNEY_TIMERS_SOURCE', onlyImport: 'xstate' },
  { path: 'runtime/compile/variantAssignment.ts', generatedPath: 'runtime/compile/exports/variantAssignmentSource.generated.ts', constName: 'VARIANT_ASSIGNMENT_SOURCE' },
];

/** The text of the generated module of `source`, for the given text of the file. */
export function inlinedSourceModule(source: InlinedSource, text: string): string {
  return [
    `// Generated from ${source.path} by runtime/compile/exports/inlinedSources.ts: do not edit.`,
    `// runtime/compile/exports/inlinedSources.test.ts regenerates it (and fails) when it is stale.`,
    `export const ${source.constName}: string = ${JSON.stringify(text)};`,
    '',
  ].join('\n');
}
