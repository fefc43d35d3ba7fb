// Public API of the simulator (DESIGN §5). Pure TypeScript, no Node and no DOM API: import it from a
// Web Worker, the page or the CLI.
export { simulate, simulateAdmissions, completeSimulation, emptyMetrics, mergeMetrics, resolveRun, DEFAULT_HORIZON_MS, DEFAULT_SEED } from './simulate';
export type { SimulateOptions, RunOptions, ShardOptions, AdmissionShard, SimulationMetrics } from './simulate';
export { traceCustomer, type CustomerTrace, type TraceOptions } from './traceCustomer';
export type { TraceStep, CustomerEnd } from './core/traceStep';
export { compareJourneys, COMPARISON_FORMAT, type Comparison, type OutcomeComparison } from './compareJourneys';
export { SIMULATION_FORMAT, ENGINES, type Engine, type SimulationResult, type NodeStats, type QueueStats } from './result/simulationResult';
export { SimulationError, SimulationCancelled } from './simulationError';
