import { memo, type ComponentType, type ReactNode } from 'react';
import type { JourneyNode, Team } from '../runtime/model/journey';
import type { NodeKind } from './registry';
import { nodeKind } from './registry';
import { EmotionFace } from './EmotionFace';
import { shortDistribution, shortMoney } from './viewFormat';
import { Icon } from '../src/shell/icons';
import { channelIcon } from '../src/shell/iconShapes';
import { CurrencySign } from '../src/settings/CurrencySign';
import type { NodeOverlay } from '../src/canvas/canvasOverlay';

/** The problems of one element, summed up for a badge. */
export interface NodeIssues {
  errors: number;
  warnings: number;
  /** The messages, most severe first. */
  messages: string[];
}

/** A node of one kind, as the document holds it. */
export type NodeOfKind<K extends NodeKind> = Extract<JourneyNode, { kind: K }>;

/** What every kind's view receives. Views are plain components: no React Flow inside. */
export interface NodeViewProps<N extends JourneyNode = JourneyNode> {
  node: N;
  selected?: boolean;
  issues?: NodeIssues | undefined;
  /** The team of `node.work`, when declared. */
  team?: Team | undefined;
  /** The journey starts here. */
  isStart?: boolean;
  /** What a feature paints over the node (a run's figures), for views that show some of it themselves. */
  overlay?: NodeOverlay | undefined;
}

export type NodeView<N extends JourneyNode = JourneyNode> = ComponentType<NodeViewProps<N>>;

interface NodeCardProps extends NodeViewProps {
  /** Kind-specific chips in the footer (channel, product, result…). */
  chips?: ReactNode;
  /** Extra class, e.g. the result of an outcome. */
  className?: string;
}

/** The card every kind's view is made of: icon, kind, label, chips, team, emotion, marks. */
export const NodeCard = memo(function NodeCard({ node, selected, issues, team, isStart, chips, className }: NodeCardProps) {
  const d = nodeKind(node.kind);
  const classes = ['jn-card', `jn-kind-${node.kind}`, selected ? 'jn-selected' : '', node.momentOfTruth ? 'jn-mot' : '', issues?.errors ? 'jn-has-errors' : issues?.warnings ? 'jn-has-warnings' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} data-testid={`node-${node.id}`} data-kind={node.kind} title={node.description || undefined}>
      <div className="jn-head">
        <span className="jn-icon" aria-hidden="true">
          <Icon name={d?.icon ?? 'unknown'} size={13} />
        </span>
        <span className="jn-kind">{isStart ? <span className="jn-start"><Icon name="start" size={9} className="jn-inline-icon" /> start · </span> : null}{d?.title ?? node.kind}</span>
        {node.momentOfTruth ? (
          <span className="jn-mot-mark" title="Moment of truth" aria-label="moment of truth">
            ★
          </span>
        ) : null}
        {issues && (issues.errors > 0 || issues.warnings > 0) ? <IssueBadge issues={issues} /> : null}
      </div>
      <div className="jn-label">{node.label || node.id}</div>
      <div className="jn-foot">
        {chips}
        {node.work ? (
          <span className="jn-chip jn-team" title={`Needs one of ${team?.name ?? node.work.team} for ${shortDistribution(node.work.handle)}`}>
            <Icon name="flag" size={10} className="jn-inline-icon" /> {team?.name ?? node.work.team}
            <span className="jn-chip-dim"> {shortDistribution(node.work.handle)}</span>
          </span>
        ) : null}
        {node.cost !== undefined && node.cost > 0 ? <span className="jn-chip jn-cost" title="Cost per visit"><CurrencySign />{shortMoney(node.cost)}</span> : null}
        <span className="jn-spacer" />
        {node.emotion !== undefined ? <EmotionFace value={node.emotion} /> : null}
      </div>
    </div>
  );
});

function IssueBadge({ issues }: { issues: NodeIssues }) {
  const error = issues.errors > 0;
  const count = error ? issues.errors : issues.warnings;
  return (
    <span className={`jn-issues ${error ? 'jn-issues-error' : 'jn-issues-warning'}`} title={issues.messages.join('\n')} aria-label={`${issues.errors} errors, ${issues.warnings} warnings`}>
      {error ? '✕' : '▲'} {count}
    </span>
  );
}

/** A small labelled chip. */
export function Chip({ children, title, tone }: { children: ReactNode; title?: string; tone?: string }) {
  return (
    <span className={`jn-chip${tone ? ` jn-chip-${tone}` : ''}`} title={title}>
      {children}
    </span>
  );
}

/** The chip of a channel. */
export function ChannelChip({ channel }: { channel: string }) {
  return (
    <Chip title={`Channel: ${channel}`} tone="channel">
      <Icon name={channelIcon(channel)} size={10} className="jn-inline-icon" /> {channel}
    </Chip>
  );
}
