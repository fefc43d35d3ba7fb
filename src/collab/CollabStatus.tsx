import type { CSSProperties, JSX } from 'react';
import { useCollab, type LinkStatus } from './collabStore';
import './presence.css';

const STATUS: Record<LinkStatus, string> = { connecting: 'Connecting…', connected: 'Live', offline: 'Offline: your edits are kept', refused: 'Refused' };

/** The status bar's "who is here" of the active shared file: the link's state and everyone's name in their colour. */
export function CollabStatus({ docId }: { docId: string | undefined }): JSX.Element | null {
  const shared = useCollab((s) => (docId ? s.byDoc[docId] : undefined));
  if (!shared) return null;
  const everyone = [shared.self, ...shared.peers.map((p) => p.user)];
  const title = shared.message ?? `${shared.room} on ${shared.server}: ${everyone.map((u) => u.name).join(', ')}`;
  return (
    <span className={`ws-status-item ws-status-collab${shared.status === 'connected' ? '' : ' ws-offline'}`} data-testid="status-collab" data-status={shared.status} title={title}>
      <span>{STATUS[shared.status]}</span>
      <span aria-label="who is here" data-testid="status-who" data-count={everyone.length}>
        {everyone.map((u, i) => (
          <span key={i} className="ws-peer" data-testid="status-peer" style={{ '--pr-colour': u.colour } as CSSProperties}>
            <span className="ws-peer-dot" />
            {u.name}
            {i === 0 ? ' (you)' : ''}
          </span>
        ))}
      </span>
    </span>
  );
}
