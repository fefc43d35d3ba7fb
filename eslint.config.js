// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Browser-only or framework modules that must never reach the pure core. */
const uiModules = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'monaco-editor', 'monaco-editor/*', 'dexie', 'echarts', 'echarts/*', 'zustand', 'zustand/*'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'HTMLElement', 'location'].map((name) => ({
  name,
  message: 'runtime/ and the pure files of nodes/ run under Node and in workers: no DOM.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'tests/e2e/artifacts/**', '**/*.generated.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Never evaluate text as code: expressions are CEL.' },
        { selector: "NewExpression[callee.name='Function']", message: 'Never evaluate text as code: expressions are CEL.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core: runtime/ and every non-view file of nodes/.
    files: ['runtime/**/*.ts', 'nodes/**/*.ts'],
    ignores: ['nodes/**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: uiModules, message: 'runtime/ and the pure files of nodes/ import no React, DOM or UI library.' }] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The map picture is built from the model alone (in Node, in a worker): no React, no DOM. Only
    // @xyflow/system, the framework-free core of React Flow, for the canvas's edge routes.
    files: ['src/exports/picture/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: uiModules.filter((m) => m !== '@xyflow/*').concat('@xyflow/react'), message: 'The map picture is pure: no React, DOM or UI library.' }] }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
);
