import type { Cohort } from '../../../runtime/model/cohort';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { timeToOutcomeHistogram } from './timeToOutcomeHistogram';
import { economicsChart, emotionByStageChart, outcomesBySegmentChart, queueWaitChart, teamLoadChart, timeToOutcomeChart, type ChartModel } from '../model/chartOptions';
import { serviceLevelChart } from '../model/teamCharts';
import { DEFAULT_CURRENCY } from '../../settings/currency';

/** The table of the service-level chart (browser tests). */
export const TEAM_SERVICE_LEVELS_TESTID = 'team-service-levels';

/**
 * The charts of the results panel, in reading order; those with nothing to show (no teams, no
 * queues) are left out. Time to outcome is the histogram when the result has one. (The team load
 * through the week, with its team picker, is a card of its own: TeamHoursCard.)
 */
export function resultCharts(journey: Journey, result: SimulationResult, cohort?: Cohort, currency: string = DEFAULT_CURRENCY): ChartModel[] {
  return [
    outcomesBySegmentChart(journey, result, cohort),
    timeToOutcomeHistogram(result) ?? timeToOutcomeChart(result),
    emotionByStageChart(journey, result, cohort),
    { ...serviceLevelChart(journey, result, currency), testIds: { table: TEAM_SERVICE_LEVELS_TESTID } },
    teamLoadChart(journey, result, currency),
    queueWaitChart(journey, result),
    economicsChart(result, cohort, currency),
  ].filter((c) => c.table.rows.length > 0);
}
