// The simulation Web Worker (a module worker). The workbench creates it with
//   new Worker(new URL('./simulationWorker.ts', import.meta.url), { type: 'module' })
// and talks to it through SimulationClient; the logic lives in createSimulationHandler.
import { createSimulationHandler } from './simulationHandler';
import type { WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const handler = createSimulationHandler((response) => scope.postMessage(response));
scope.onmessage = (event) => void handler.handle(event.data);
