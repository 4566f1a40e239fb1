import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'test-results', 'playwright-report', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layering: the model, the document and the server never reach into the browser-only layers.
    files: ['src/model/**', 'src/doc/**', 'server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/canvas/**', '**/collab/**', '**/strategy/**', 'react', 'react-dom'] }],
    },
  },
  {
    // The live-board layer and the canvas sit below the app shell.
    files: ['src/collab/**', 'src/canvas/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/board/**', '**/ui/home/**', '**/ui/App*'] }] },
  },
  {
    // Playwright fixtures are declared as ({}, use) => …; `use` there is not a React hook.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
