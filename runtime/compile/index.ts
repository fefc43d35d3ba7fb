// Public API of the compiler: journey document → XState v5 (DESIGN §3) and its exports.
export { toMachineConfig } from './toMachineConfig';
export { timerEvent, withTimerActors } from './withTimerActors';
export { JOURNEY_TIMERS, journeyTimers, LONGEST_TIMEOUT_MS, type JourneyTimer, type JourneyTimersInput } from './journeyTimers';
export { createJourneyMachine, exprScopeOf, type CreateJourneyMachineOptions, type JourneyEvent, type JourneyMachine } from './createJourneyMachine';
export { exportTs } from './exports/exportTs';
export { exportJson, JOURNEY_TIMERS_CONTRACT, machineJson, MACHINE_JSON_FORMAT, type MachineJson } from './exports/exportJson';
export { exportMermaid } from './exports/exportMermaid';
export { exportJourney, EXPORT_EXTENSIONS, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './exports/exportJourney';
export * from './machineConfig';
