// A Worker-like object that runs the simulation handler in this thread: for tests, and for hosts
// without Web Workers. Messages are structured-cloned and delivered asynchronously, as a Worker would.
import { createSimulationHandler, type SimulationHandlerOptions } from './simulationHandler';
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface InProcessWorker {
  postMessage(message: WorkerRequest): void;
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  terminate(): void;
  /** Messages received so far (tests). */
  readonly received: WorkerRequest[];
}

export function createInProcessWorker(options: SimulationHandlerOptions = {}): InProcessWorker {
  let terminated = false;
  const received: WorkerRequest[] = [];
  const worker: InProcessWorker = {
    onmessage: null,
    received,
    postMessage(message) {
      if (terminated) return;
      const copy = structuredClone(message);
      setTimeout(() => {
        if (terminated) return;
        received.push(copy);
        void handler.handle(copy);
      }, 0);
    },
    terminate() {
      terminated = true;
      for (const id of handler.running()) void handler.handle({ type: 'cancel', id });
    },
  };
  const handler = createSimulationHandler((response) => {
    if (terminated) return;
    const copy = structuredClone(response);
    queueMicrotask(() => {
      if (!terminated) worker.onmessage?.({ data: copy });
    });
  }, options);
  return worker;
}
