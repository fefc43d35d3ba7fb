import { useEffect, useRef, useState } from 'react';
import { createEditor, setMonacoTheme, type EditorHandle, type EditorOptions } from './monacoAdapter';
import { useUi } from '../state/uiStore';

/** Mount a Monaco editor in a container for the life of the component (or until its key changes). */
export function useMonacoEditor(options: Omit<EditorOptions, 'theme'> | undefined, onReady: (editor: EditorHandle) => void) {
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<EditorHandle | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const theme = useUi((s) => s.theme);
  const ready = useRef(onReady);
  ready.current = onReady;
  const key = options ? `${options.modelKey}|${options.fileName}` : undefined;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    const opts = optionsRef.current;
    if (!container.current || !opts) return;
    let disposed = false;
    createEditor(container.current, { ...opts, theme: useUi.getState().theme }, () => disposed)
      .then((h) => {
        if (!h) return;
        if (disposed) return h.dispose();
        handle.current = h;
        setState('ready');
        ready.current(h);
      })
      .catch(() => !disposed && setState('failed'));
    return () => {
      disposed = true;
      handle.current?.dispose();
      handle.current = null;
    };
  }, [key]);

  useEffect(() => {
    if (state === 'ready') setMonacoTheme(theme);
  }, [theme, state]);

  return { container, handle, state };
}
