import type { Avoid } from './avoidTypes';

let loading: Promise<Avoid> | undefined;

/** libavoid (WASM), loaded on first use: its script and its .wasm are chunks of their own, served by the app. */
export function loadAvoid(): Promise<Avoid> {
  loading ??= Promise.all([import('libavoid-js'), import('../../../node_modules/libavoid-js/dist/libavoid.wasm?url')]).then(async ([lib, wasm]) => {
    const { AvoidLib } = lib as unknown as { AvoidLib: { load(url?: string): Promise<void>; getInstance(): Avoid } };
    await AvoidLib.load(wasm.default);
    return AvoidLib.getInstance();
  });
  return loading;
}
