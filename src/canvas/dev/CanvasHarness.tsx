import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { commands } from '../../commands/commandRegistry';
import { installKeybindings } from '../../app/keybindings';
import type { Journey } from '../../../runtime/model/journey';
import { lintJourney } from '../../../runtime/lint/lintJourney';
import mortgage from '../../../samples/mortgage-preapproval.journey.json';
import { Inspector } from '../../inspector/Inspector';
import { JourneyCanvas } from '../JourneyCanvas';
import { EMPTY_SELECTION, type Selection } from '../selection';
import { useCanvasCommands } from '../useCanvasCommands';
import { generateJourney } from './generateJourney';

interface History {
  past: { journey: Journey; label: string }[];
  present: Journey;
  future: { journey: Journey; label: string }[];
}

/** The canvas and the inspector on a local undo history (the shell does this for real). */
export function CanvasHarness({ sample, size, inspector = true }: { sample: string; size: number; inspector?: boolean }) {
  const initial = useMemo(() => (sample === 'generated' ? generateJourney(size) : (mortgage as unknown as Journey)), [sample, size]);
  const [history, setHistory] = useState<History>({ past: [], present: initial, future: [] });
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const journey = history.present;
  const diagnostics = useMemo(() => lintJourney(journey), [journey]);
  const state = useRef({ journey, selection });
  state.current = { journey, selection };

  const onEdit = useCallback((next: Journey, label: string) => {
    setHistory((h) => ({ past: [...h.past, { journey: h.present, label }], present: next, future: [] }));
    (window as unknown as { lastEdit: string }).lastEdit = label;
  }, []);

  useCanvasCommands({
    getJourney: () => state.current.journey,
    getSelection: () => state.current.selection,
    edit: onEdit,
    setSelection,
  });
  useEffect(() => installKeybindings(commands), []);
  useEffect(() => {
    const undo = commands.register({ id: 'edit.undo', title: 'Undo', keybinding: 'Mod+Z', run: () => setHistory((h) => (h.past.length ? { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!.journey, future: [{ journey: h.present, label: h.past[h.past.length - 1]!.label }, ...h.future] } : h)) });
    const redo = commands.register({ id: 'edit.redo', title: 'Redo', keybinding: 'Mod+Shift+Z', run: () => setHistory((h) => (h.future.length ? { past: [...h.past, { journey: h.present, label: h.future[0]!.label }], present: h.future[0]!.journey, future: h.future.slice(1) } : h)) });
    return () => {
      undo();
      redo();
    };
  }, []);
  useEffect(() => {
    Object.assign(window, { harness: { commands, getJourney: () => state.current.journey, getSelection: () => state.current.selection, history: () => history.past.map((p) => p.label) } });
  });

  return (
    <div style={{ display: 'flex', height: '100%', background: 'var(--ws-bg)', color: 'var(--ws-fg)', font: '13px system-ui' }}>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <div style={{ height: 30, display: 'flex', alignItems: 'center', gap: 12, padding: '0 12px', borderBottom: '1px solid var(--ws-border)', fontSize: 12, color: 'var(--ws-fg-muted)' }}>
          <strong style={{ color: 'var(--ws-fg-strong)' }}>{journey.name}</strong>
          <span>{journey.nodes.length} nodes</span>
          <span>{diagnostics.length} problems</span>
          <span data-testid="harness-last-edit">{history.past[history.past.length - 1]?.label ?? ''}</span>
          <span style={{ flex: 1 }} />
          <button onClick={() => commands.execute('layout.auto')}>Auto-layout</button>
          <button onClick={() => commands.execute('view.fitView')}>Fit</button>
        </div>
        <div style={{ flex: 1, minHeight: 0 }}>
          <JourneyCanvas journey={journey} diagnostics={diagnostics} selection={selection} onSelectionChange={setSelection} onEdit={onEdit} />
        </div>
      </div>
      {inspector ? (
      <div style={{ width: 340, borderLeft: '1px solid var(--ws-border)', background: 'var(--ws-sidebar-bg)', overflow: 'auto' }}>
        <Inspector journey={journey} selection={selection} diagnostics={diagnostics} onEdit={onEdit} onSelectionChange={setSelection} />
      </div>
      ) : null}
    </div>
  );
}
