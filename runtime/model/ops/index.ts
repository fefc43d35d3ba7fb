/** Pure edit operations on the journey document: each returns a new document and never mutates its input. */
export { addNode, moveNodes, updateNode, removeElements } from './nodeOps';
export { connect, updateEdge, type EdgeTrigger } from './edgeOps';
export { updateJourney } from './journeyOps';
export { uniqueId, slugify, idsOf } from './uniqueId';
export { createNode } from './createNode';
export { pasteElements } from './pasteElements';
export { addStage, removeStage, moveStage } from './stageOps';
export { updateCohort, addSegment, removeSegment, renameSegment, setSegmentId, setShare, rebalanceShares, setAttribute, removeAttribute, setPatience, removePatience, setArrivals, removeArrivals, setArrivalsOver, setProfileWeight, resetProfile, profileOf, flatProfile, uniqueSegmentId, PROFILE_LENGTH, SHARE_STEPS, type ProfileName } from './cohortOps';
export { addTeam, removeTeam, renameTeam, changeTeamId, updateTeam, teamOf, setTeamStaff, setTeamCost, setSchedule, clearSchedule, addScheduleEntry, updateScheduleEntry, removeScheduleEntry, setServiceLevel, clearServiceLevel, setMaxAbandon, clearMaxAbandon, setScheduleFromGrid, paintSchedule, paintRectangle, repaintSchedule, officeHours, DEFAULT_SERVICE_LEVEL, teamUsers, reassignTeam, gridOfSchedule, entriesOfGrid, scheduleWithGrid, type RemoveTeam, type TeamUse, type ScheduleGrid, type GridCell, type SchedulePaint } from './teamOps';
export { applyStaffing, type TeamStaffingChange } from './staffingOps';
export { insertSplitOnEdge, NEW_EXPERIMENT_WEIGHT, type InsertedSplit, type NodePlacement } from './insertSplitOnEdge';
