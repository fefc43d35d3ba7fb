// The Monaco chunk: the editor core, its standard contributions (find, hover, suggest, folding…),
// the JSON language service and TypeScript colouring. Loaded only by monacoAdapter, lazily.
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/typescript/register';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';

export { monaco, jsonDefaults };
