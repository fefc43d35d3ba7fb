import type { JourneyNode, Team } from '../../../runtime/model/journey';
import { shortDistribution, shortMoney } from '../../../nodes/viewFormat';
import { channelIcon, type IconId } from '../../shell/iconShapes';
import { currencySymbol } from '../../settings/currency';
import { currentCurrency } from '../../settings/currencySetting';

/** How a chip is coloured: like the card's `jn-chip-<tone>` classes. */
export type ChipTone = 'plain' | 'accent' | 'warning' | 'ok' | 'team' | 'success' | 'failure' | 'churn';

export interface Chip {
  text: string;
  tone: ChipTone;
  /** An icon drawn before the text (from the icon registry, as on the card). */
  icon?: IconId;
}

const RESULT_TONES: Record<string, ChipTone> = { success: 'success', failure: 'failure', churn: 'churn' };

/**
 * The chips of a card's footer, as the kinds' views show them, read from the fields a node has
 * (no kind is named: a field means the same on every kind that has it).
 */
export function nodeChips(node: JourneyNode, team: Team | undefined): Chip[] {
  const f = node as Record<string, unknown>;
  const chips: Chip[] = [];
  if (typeof f.product === 'string') chips.push({ text: f.product, tone: 'accent' });
  if (typeof f.metric === 'string') chips.push({ text: f.metric.toUpperCase(), tone: 'accent' });
  if (Array.isArray(f.questions)) {
    const n = f.questions.length;
    const rate = typeof f.responseRate === 'number' ? ` · ${Math.round(f.responseRate * 100)}%` : '';
    chips.push({ text: `${n} q${rate}`, tone: n < 2 || n > 5 ? 'warning' : 'plain' });
  }
  if (typeof f.channel === 'string') chips.push({ text: f.channel, tone: 'plain', icon: channelIcon(f.channel) });
  const incentive = f.incentive as { name?: unknown } | undefined;
  if (incentive && typeof incentive.name === 'string') chips.push({ text: `+${incentive.name}`, tone: 'plain' });
  if (typeof f.toTeam === 'string') chips.push({ text: `→ ${f.toTeam}`, tone: 'plain' });
  if (typeof f.repeatsInfo === 'boolean') chips.push(f.repeatsInfo ? { text: 'repeats info', tone: 'warning' } : { text: 'seamless', tone: 'ok' });
  if (typeof f.result === 'string') chips.push({ text: f.result, tone: RESULT_TONES[f.result] ?? 'plain' });
  if (typeof f.value === 'number') chips.push({ text: `${currencySymbol(currentCurrency())}${shortMoney(f.value)}`, tone: 'plain' });
  if (node.work) chips.push({ text: `${team?.name ?? node.work.team} ${shortDistribution(node.work.handle)}`.trimEnd(), tone: 'team', icon: 'flag' });
  if (node.cost !== undefined && node.cost > 0) chips.push({ text: `${currencySymbol(currentCurrency())}${shortMoney(node.cost)}`, tone: 'plain' });
  return chips;
}
