import { useStore, type ReactFlowState } from '@xyflow/react';
import { isReadable } from './viewportFit';

const zoomOf = (s: ReactFlowState) => s.transform[2];

/** While the map is zoomed out below a readable size (an overview), a small notice says so, with a way back. */
export function ReadableNotice({ onRead }: { onRead: () => void }) {
  const zoom = useStore(zoomOf);
  if (isReadable(zoom)) return null;
  return (
    <div className="jc-readable-notice nokey" role="status" data-testid="readable-notice">
      <span>Overview: zoom in to read</span>
      <button type="button" data-testid="readable-notice-read" onClick={onRead}>
        Read here
      </button>
    </div>
  );
}
