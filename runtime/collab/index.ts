export { seedDoc } from './seedDoc';
export { readDoc } from './readDoc';
export { applyDocument } from './applyDocument';
export { docRoot } from './docRoot';
export { mappingRule, COLLECTION_KEYS, ATOMIC_KEYS, type MappingKind } from './mappingRule';
