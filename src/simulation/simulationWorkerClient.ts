import { createSimulationClient, type SimulationClient, type WorkerLike } from './model/simulationClient';

let client: SimulationClient | undefined;

/** The workbench's simulation client; its Web Worker starts with the first job (not at page load). */
export function simulationClient(): SimulationClient {
  client ??= createSimulationClient(() => new Worker(new URL('./worker/simulationWorker.ts', import.meta.url), { type: 'module', name: 'simulation' }) as unknown as WorkerLike);
  return client;
}

/** Replace the client (tests: an in-process worker). */
export function setSimulationClient(next: SimulationClient | undefined): void {
  client?.dispose();
  client = next;
}
