import { useEffect, useRef, type CSSProperties, type JSX } from 'react';
import { ViewportPortal, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { Peer } from '../../runtime/collab/session/presence';
import { useCollab } from './collabStore';
import { presenceOut } from './presenceOut';
import './presence.css';

const NO_PEERS: Peer[] = [];
const zoomOf = (s: ReactFlowState) => s.transform[2];

/**
 * The others on a shared map (inside React Flow, in flow coordinates): their cursors with names,
 * the nodes they have selected outlined in their colour, and the nodes they drag where they are
 * now (the drag reaches the document on drop). Also sends where one's own pointer is.
 */
export function PresenceLayer({ docId }: { docId: string }): JSX.Element | null {
  const peers = useCollab((s) => s.byDoc[docId]?.peers ?? NO_PEERS);
  const shared = useCollab((s) => !!s.byDoc[docId]);
  const zoom = useStore(zoomOf);
  // Re-render when nodes move or are measured: outlines follow them.
  useStore((s) => s.nodeLookup);
  const rf = useReactFlow();
  // Set by React Flow after its children mount: the effect runs again then.
  const dom = useStore((s) => s.domNode);

  const toFlow = useRef(rf.screenToFlowPosition);
  toFlow.current = rf.screenToFlowPosition;
  useEffect(() => {
    if (!shared || !dom) return;
    const move = (e: PointerEvent) => presenceOut(docId)?.cursor(toFlow.current({ x: e.clientX, y: e.clientY }));
    const leave = () => presenceOut(docId)?.cursor(null);
    dom.addEventListener('pointermove', move, true);
    dom.addEventListener('pointerleave', leave);
    return () => {
      dom.removeEventListener('pointermove', move, true);
      dom.removeEventListener('pointerleave', leave);
    };
  }, [docId, shared, dom]);
  // Off the map when it closes.
  useEffect(() => () => presenceOut(docId)?.cursor(null), [docId]);

  if (!shared || peers.length === 0) return null;
  const box = (id: string) => {
    const n = rf.getInternalNode(id);
    if (!n) return undefined;
    return { x: n.internals.positionAbsolute.x, y: n.internals.positionAbsolute.y, width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
  };
  return (
    <ViewportPortal>
      <div className="pr-layer" data-testid="presence-layer">
        {peers.map((p) => (
          <PeerMarks key={p.clientId} peer={p} zoom={zoom} box={box} />
        ))}
      </div>
    </ViewportPortal>
  );
}

type Box = { x: number; y: number; width: number; height: number };

function PeerMarks({ peer, zoom, box }: { peer: Peer; zoom: number; box: (id: string) => Box | undefined }) {
  const colour = { '--pr-colour': peer.user.colour } as CSSProperties;
  const scale = { transform: `scale(${1 / zoom})` };
  const dragged = peer.drag ? Object.entries(peer.drag) : [];
  return (
    <>
      {peer.selection.nodes.map((id) => {
        const b = box(id);
        if (!b || peer.drag?.[id]) return null;
        return (
          <div key={`s:${id}`} className="pr-selection" data-testid="presence-selection" data-node={id} data-peer={peer.user.name} style={{ ...colour, left: b.x - 4, top: b.y - 4, width: b.width + 8, height: b.height + 8 }}>
            <span className="pr-tag" style={{ ...scale, transformOrigin: 'left bottom' }}>
              {peer.user.name}
            </span>
          </div>
        );
      })}
      {dragged.map(([id, at]) => {
        const b = box(id);
        if (!b) return null;
        return <div key={`d:${id}`} className="pr-drag" data-testid="presence-drag" data-node={id} data-peer={peer.user.name} style={{ ...colour, left: at.x, top: at.y, width: b.width, height: b.height }} />;
      })}
      {peer.cursor && (
        <div className="pr-cursor" data-testid="presence-cursor" data-peer={peer.user.name} style={{ ...colour, left: peer.cursor.x, top: peer.cursor.y }}>
          <div style={{ ...scale, transformOrigin: 'left top' }}>
            <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
              <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" />
            </svg>
            <span className="pr-name">{peer.user.name}</span>
          </div>
        </div>
      )}
    </>
  );
}
