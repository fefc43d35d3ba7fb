import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Journey } from '../model/journey';
import type { Cohort } from '../model/cohort';
import { createLintContext, type LintRule } from './lintContext';
import { duplicateIds, unknownReferences } from './rules/idRules';
import { deadEnds, edgeTriggers, kindRules, startNode, successOutcome, unreachableNodes } from './rules/structureRules';
import { timesAndDistributions } from './rules/timeRules';
import { oneSimPerEvent, probabilitySums, silentEvents } from './rules/simRules';
import { expressions } from './rules/expressionRules';
import { handoffsPerPath, listeningAfterMomentsOfTruth } from './rules/experienceRules';
import { cohortFit } from './rules/cohortFitRules';
import { endlessRuleLoops } from './rules/ruleLoops';
import { teamOperations } from './rules/teamRules';
import { reservedNames } from './rules/reservedName';
import { nodeLimit } from './rules/nodeLimit';
import { assignTypes } from './rules/assignTypes';
import { constantProbabilities } from './rules/constantProbabilities';
import { constantEmotions } from './rules/constantEmotions';
import { variantEdges } from './rules/variantEdges';

/** Every journey-wide rule, in the order their diagnostics are reported. */
export const JOURNEY_RULES: readonly LintRule[] = [
  nodeLimit, duplicateIds, unknownReferences, reservedNames, startNode, unreachableNodes, deadEnds, edgeTriggers, endlessRuleLoops, kindRules, variantEdges,
  timesAndDistributions, teamOperations, oneSimPerEvent, probabilitySums, constantProbabilities, constantEmotions, expressions, assignTypes, cohortFit,
  listeningAfterMomentsOfTruth, handoffsPerPath, silentEvents, successOutcome,
];

/** Lint a journey that has the schema's shape; with its cohort, also check that they fit. */
export function lintJourney(journey: Journey, cohort?: Cohort): Diagnostic[] {
  const ctx = createLintContext(journey, cohort);
  return JOURNEY_RULES.flatMap((rule) => rule(ctx));
}
