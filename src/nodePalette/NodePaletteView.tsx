import { NODE_KINDS } from '../../nodes/registry';
import { commands } from '../commands/commandRegistry';
import { useCommandsVersion } from '../quickPick/useCommandsVersion';
import { NODE_KIND_MIME } from '../canvas/JourneyCanvas';
import { Icon } from '../shell/icons';

/** The Nodes view: every node kind, to drag into a lane of the canvas (or add with a click). */
export function NodePaletteView() {
  useCommandsVersion();
  const canAdd = !!commands.get('journey.addNode') && commands.enabled().some((c) => c.id === 'journey.addNode');
  return (
    <div className="ws-node-palette">
      <p className="ws-hint">Drag a step into a lane of the map{canAdd ? ', or click to add it to the open journey' : ''}.</p>
      <ul className="ws-palette-list">
        {NODE_KINDS.map((k) => (
          <li key={k.kind}>
            <button
              className="ws-palette-item"
              draggable
              data-testid={`palette-${k.kind}`}
              data-kind={k.kind}
              title={`${k.title}: ${k.description}`}
              onDragStart={(e) => {
                e.dataTransfer.setData(NODE_KIND_MIME, k.kind);
                e.dataTransfer.setData('text/plain', k.kind);
                e.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => commands.execute('journey.addNode', k.kind)}
            >
              <span className={`ws-palette-icon jn-kind-${k.kind}`} aria-hidden="true">
                <Icon name={k.icon} size={16} />
              </span>
              <span className="ws-palette-text">
                <span className="ws-palette-title">{k.title}</span>
                <span className="ws-palette-desc">{k.description}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
