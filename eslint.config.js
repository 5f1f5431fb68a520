import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'dist', 'coverage', '.cache', 'test-results', 'data/*.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: it runs in the CLI, the popup, the pane and the send-time script.
    files: ['shared/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*', '@fluentui/*'], message: 'shared/core must not depend on UI libraries.' },
            { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'], message: 'shared/core must not depend on the extension host.' },
            { group: ['**/ui/*', '**/entrypoints/*', '**/addin/*'], message: 'shared/core must not import host or UI code.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'shared/core must not use the extension API.' },
        { name: 'chrome', message: 'shared/core must not use the extension API.' },
        { name: 'Office', message: 'shared/core must not use Office.js.' },
        { name: 'fetch', message: 'shared/core makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'shared/core makes no network requests.' },
        { name: 'document', message: 'shared/core must not touch the DOM.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
);
