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
    // Layering, top to bottom: ui, then canvas and strategy, then collab, text and pdf, then browser
    // (shared browser helpers), then file and templates, then doc, then model and i18n. Each layer
    // imports only from below it; the pure layers import no React.
    files: ['src/model/**', 'src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/canvas/**', '**/strategy/**', '**/collab/**', '**/text/**', '**/pdf/**', '**/browser/**', '**/file/**', '**/templates/**', '**/doc/**', '**/server/**', 'react', 'react-dom', 'yjs'] }] },
  },
  {
    files: ['src/doc/**', 'src/file/**', 'src/templates/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/canvas/**', '**/strategy/**', '**/collab/**', '**/text/**', '**/pdf/**', '**/browser/**', '**/server/**', 'react', 'react-dom'] }] },
  },
  {
    files: ['server/**', 'src/pdf/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/canvas/**', '**/strategy/**', '**/collab/**', '**/text/**', '**/browser/**', 'react', 'react-dom'] }] },
  },
  {
    files: ['src/browser/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/canvas/**', '**/strategy/**', '**/collab/**', '**/text/**', '**/pdf/**'] }] },
  },
  {
    files: ['src/collab/**', 'src/text/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**', '**/canvas/**', '**/strategy/**'] }] },
  },
  {
    files: ['src/canvas/**', 'src/strategy/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/ui/**'] }] },
  },
  {
    // The server's storage answers asynchronously: a promise left unawaited there is a write
    // that may land after what was meant to follow it, or an error no one hears.
    files: ['server/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // Playwright fixtures are declared as ({}, use) => …; `use` there is not a React hook.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
