import { useMemo, useState } from 'react';
import type { Journey } from '../../../runtime/model/journey';
import type { SimulationResult } from '../../../runtime/sim';
import { ChartCard } from '../charts/ChartCard';
import { journeyLabels } from '../model/journeyLabels';
import { resultTeams, teamHoursChart } from '../model/teamCharts';

/** The chart's test id (browser tests): the box of the team-load-by-hour chart. */
export const TEAM_HOURS_TESTID = 'chart-team-hours';
const TEAM_HOURS_TITLE = 'Load through the week';

/** A team's load through the week (168 hours), with a team picker when the journey has several teams. */
export function TeamHoursCard({ journey, result }: { journey: Journey; result: SimulationResult }) {
  const teams = resultTeams(result);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const team = picked !== undefined && teams.includes(picked) ? picked : teams[0];
  const several = teams.length > 1;
  // With a picker the picker names the team; alone, the title does.
  const model = useMemo(() => {
    if (team === undefined) return undefined;
    const chart = teamHoursChart(journey, result, team);
    return { ...chart, ...(several ? { title: TEAM_HOURS_TITLE } : {}), testIds: { chart: TEAM_HOURS_TESTID } };
  }, [journey, result, team, several]);
  if (!model || team === undefined) return null;
  const names = journeyLabels(journey);
  const picker =
    several ? (
      <select className="sv-input sp-card-picker" value={team} aria-label="Team" data-testid="team-hours-team" onChange={(e) => setPicked(e.target.value)}>
        {teams.map((t) => (
          <option key={t} value={t}>
            {names.team(t)}
          </option>
        ))}
      </select>
    ) : undefined;
  return <ChartCard model={model} control={picker} />;
}
