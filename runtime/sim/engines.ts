import type { ModelFactory } from './core/simulationCore';
import { createFastModel } from './fast/fastModel';
import { createReferenceModel } from './reference/referenceModel';
import type { Engine } from './result/simulationResult';

/** The customer model of each engine: XState actors (reference) or the compiled kernel (fast). */
export const ENGINE_MODELS: Record<Engine, ModelFactory> = { fast: createFastModel, reference: createReferenceModel };
