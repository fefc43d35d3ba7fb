/** Pure edit operations on the journey document: each returns a new document and never mutates its input. */
export { addNode, moveNodes, updateNode, removeElements } from './nodeOps';
export { connect, updateEdge, type EdgeTrigger } from './edgeOps';
export { updateJourney } from './journeyOps';
export { uniqueId, slugify, idsOf } from './uniqueId';
export { createNode } from './createNode';
export { pasteElements } from './pasteElements';
export { addStage, removeStage, moveStage } from './stageOps';
