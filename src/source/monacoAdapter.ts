// The one place that creates and disposes Monaco editors. Monaco is loaded lazily (its own chunk,
// with its workers bundled by Vite: no CDN), configured once with the document schemas.
import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { Diagnostic } from '../../runtime/diagnostics/diagnostic';

type MonacoModule = typeof import('./monacoModule');
export type MonacoApi = MonacoModule['monaco'];

let loading: Promise<MonacoModule> | undefined;

export const THEMES = { dark: 'journey-dark', light: 'journey-light' } as const;

function defineThemes(monaco: MonacoApi) {
  monaco.editor.defineTheme(THEMES.dark, { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#1f1f1f', 'editorGutter.background': '#1f1f1f' } });
  monaco.editor.defineTheme(THEMES.light, { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
}

/** Load Monaco (once): workers, JSON schemas of journeys and cohorts, themes. */
export function loadMonaco(): Promise<MonacoModule> {
  loading ??= (async () => {
    const [mod, editorWorker, jsonWorker, schemas] = await Promise.all([
      import('./monacoModule'),
      import('monaco-editor/editor/editor.worker?worker'),
      import('monaco-editor/language/json/json.worker?worker'),
      import('../../runtime/model/jsonSchema'),
    ]);
    self.MonacoEnvironment = {
      getWorker: (_id: string, label: string) => (label === 'json' ? new jsonWorker.default() : new editorWorker.default()),
    };
    mod.jsonDefaults.setDiagnosticsOptions({
      // The schemas give completion and hover; the markers are the document's own diagnostics only
      // (setDiagnostics), so a problem reads the same in the editor, the Problems panel, at import and in the CLI.
      validate: false,
      allowComments: false,
      trailingCommas: 'error',
      enableSchemaRequest: false,
      schemaValidation: 'warning',
      schemas: [
        { uri: schemas.JOURNEY_SCHEMA_URI, fileMatch: ['*.journey.json'], schema: schemas.journeyJsonSchema() },
        { uri: schemas.COHORT_SCHEMA_URI, fileMatch: ['*.cohort.json'], schema: schemas.cohortJsonSchema() },
      ],
    });
    defineThemes(mod.monaco);
    return mod;
  })();
  return loading;
}

export function setMonacoTheme(theme: 'dark' | 'light'): void {
  void loadMonaco().then(({ monaco }) => monaco.editor.setTheme(THEMES[theme]));
}

// ---- models: one per document, shared by the editors that show it ----

interface SharedModel {
  model: Monaco.editor.ITextModel;
  refs: number;
  /** Set while the model is updated from outside (the canvas): its change events are not typing. */
  external: boolean;
}

const models = new Map<string, SharedModel>();

function acquireModel(monaco: MonacoApi, key: string, fileName: string, text: string, language: string): SharedModel {
  const uri = monaco.Uri.parse(`file:///workspace/${encodeURIComponent(fileName)}`);
  let shared = models.get(key);
  if (shared && shared.model.uri.toString() !== uri.toString()) {
    // Renamed: a model's URI is fixed, so the file gets a new one (its schema follows the name).
    shared.model.dispose();
    models.delete(key);
    shared = undefined;
  }
  if (!shared) {
    monaco.editor.getModel(uri)?.dispose();
    shared = { model: monaco.editor.createModel(text, language, uri), refs: 0, external: false };
    models.set(key, shared);
  }
  shared.refs++;
  return shared;
}

function releaseModel(key: string, shared: SharedModel) {
  shared.refs--;
  if (shared.refs <= 0 && models.get(key) === shared) {
    shared.model.dispose();
    models.delete(key);
  }
}

/** The smallest edit turning `from` into `to` (common prefix and suffix kept). */
export function minimalEdit(from: string, to: string): { start: number; end: number; text: string } | undefined {
  if (from === to) return undefined;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from.charCodeAt(endFrom - 1) === to.charCodeAt(endTo - 1)) {
    endFrom--;
    endTo--;
  }
  return { start, end: endFrom, text: to.slice(start, endTo) };
}

const SEVERITY = { error: 8, warning: 4, info: 2 } as const;

export interface EditorOptions {
  /** Identifies the document's model (shared between split editors). */
  modelKey: string;
  fileName: string;
  text: string;
  language: 'json' | 'typescript';
  readOnly?: boolean;
  theme: 'dark' | 'light';
  onChange?: (text: string) => void;
  onBlur?: () => void;
}

export interface EditorHandle {
  getText(): string;
  /** Replace the text by a minimal edit: the cursor and scroll stay where they are. */
  setText(text: string): void;
  setDiagnostics(diagnostics: readonly Diagnostic[]): void;
  reveal(line: number, column: number): void;
  focus(): void;
  dispose(): void;
}

/** Create an editor in a container; undefined when `cancelled()` says so once Monaco has loaded (the view went away). */
export async function createEditor(container: HTMLElement, options: EditorOptions, cancelled: () => boolean = () => false): Promise<EditorHandle | undefined> {
  const { monaco } = await loadMonaco();
  if (cancelled()) return undefined;
  const shared = acquireModel(monaco, options.modelKey, options.fileName, options.text, options.language);
  const { model } = shared;
  const editor = monaco.editor.create(container, {
    model,
    theme: THEMES[options.theme],
    readOnly: !!options.readOnly,
    automaticLayout: true,
    fontSize: 13,
    lineHeight: 20,
    tabSize: 2,
    insertSpaces: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fixedOverflowWidgets: true,
    renderLineHighlight: 'line',
    smoothScrolling: true,
    stickyScroll: { enabled: true },
    quickSuggestions: { strings: true, other: true, comments: false },
    wordBasedSuggestions: 'off',
    formatOnPaste: false,
    padding: { top: 6 },
    'semanticHighlighting.enabled': false,
  });
  const subscriptions = [
    model.onDidChangeContent(() => {
      if (!shared.external && !options.readOnly) options.onChange?.(model.getValue());
    }),
    editor.onDidBlurEditorText(() => options.onBlur?.()),
  ];
  let disposed = false;
  return {
    getText: () => model.getValue(),
    setText(text) {
      const edit = minimalEdit(model.getValue(), text);
      if (!edit) return;
      const start = model.getPositionAt(edit.start);
      const end = model.getPositionAt(edit.end);
      shared.external = true;
      try {
        model.pushEditOperations(editor.getSelections(), [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text }], () => null);
      } finally {
        shared.external = false;
      }
    },
    setDiagnostics(diagnostics) {
      monaco.editor.setModelMarkers(
        model,
        'journey',
        diagnostics.map((d) => {
          const startLineNumber = d.start?.line ?? 1;
          const startColumn = d.start?.column ?? 1;
          let endLineNumber = d.end?.line ?? startLineNumber;
          let endColumn = d.end?.column ?? startColumn;
          if (endLineNumber < startLineNumber || (endLineNumber === startLineNumber && endColumn <= startColumn)) {
            endLineNumber = startLineNumber;
            endColumn = model.getLineMaxColumn(Math.min(startLineNumber, model.getLineCount()));
          }
          return { severity: SEVERITY[d.severity], message: d.message, code: d.code, source: 'journey', startLineNumber, startColumn, endLineNumber, endColumn };
        }),
      );
    },
    reveal(line, column) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column });
    },
    focus: () => editor.focus(),
    dispose() {
      if (disposed) return;
      disposed = true;
      subscriptions.forEach((s) => s.dispose());
      editor.dispose();
      releaseModel(options.modelKey, shared);
    },
  };
}
