// Runs the source of a generated TypeScript module the way a host would import it: transpiled to
// CommonJS and run as a function whose only way out is `require` of the packages the module may
// import. It runs in this realm (the CEL library tells maps from other values by their prototype, so
// objects of another vm context would not work); whether anything but the module body ran shows on
// `globalThis.injected`, which the hostile texts' payloads set and which is read and cleared here.
import { createRequire } from 'node:module';
import vm from 'node:vm';
import ts from 'typescript';

const requireHere = createRequire(import.meta.url);

export interface SandboxRun {
  exports: Record<string, unknown>;
  /** What `globalThis.injected` was after the module ran (undefined unless injected code ran). */
  injected: unknown;
  /** Syntax errors TypeScript found while transpiling. */
  syntaxErrors: string[];
}

/** Transpiles `source` to CommonJS and runs it; `allowed` are the modules it may require. */
export function runModuleInSandbox(source: string, allowed: readonly string[]): SandboxRun {
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }, reportDiagnostics: true });
  const syntaxErrors = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => {
    if (!allowed.includes(id)) throw new Error(`the module required '${id}'`);
    return requireHere(id) as unknown;
  };
  const sentinel = globalThis as { injected?: unknown };
  delete sentinel.injected;
  try {
    vm.compileFunction(out.outputText, ['require', 'module', 'exports'], { filename: 'generated.js' })(require, module, module.exports);
    return { exports: module.exports, injected: sentinel.injected, syntaxErrors };
  } finally {
    delete sentinel.injected;
  }
}
