import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Files the popup, the pane and the send-time script load (see docs/architecture.md).
const LIGHT_FILES = [
  'shared/core/{model,settings,assist,text,mail,i18n}/**/*.ts',
  'shared/core/pack/{default-pack,merge,placeholders}.ts',
  'shared/core/import/{messages,file-bytes,cite-words}.ts',
  'shared/ui/**/*.{ts,tsx}',
  'entrypoints/popup/**/*.{ts,tsx}',
  'entrypoints/background/**/*.ts',
  'utils/**/*.ts',
  'addin/src/**/*.{ts,tsx}',
];
const PACK_LIGHT = ['shared/core/pack/{default-pack,merge,placeholders}.ts'];
const IMPORT_LIGHT = ['shared/core/import/{messages,file-bytes,cite-words}.ts'];
// The import worker's own module: it runs in the worker bundle, not the popup.
const WORKER_ONLY = ['utils/import-file.ts'];

const HEAVY_PACK = 'pack/schema.ts, pack/check.ts and pack/json-schema.ts use zod classic (~24 KB gzip)';
/** The imports a light file may not make. `local` and `localTypes` name heavy siblings in its own folder. */
function lightPatterns(local = [], localTypes = []) {
  const sibling = (names) => `^\\./(?:${names.join('|')})(?:\\.ts)?$`;
  return [
    {
      regex: '^zod(?:/v4(?:/classic)?)?$',
      allowTypeImports: true,
      message:
        "Light modules may not load zod's classic API (~24 KB gzip): use zod/mini, an `import type`, or a lazy import().",
    },
    {
      group: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'mammoth/*'],
      message: 'PDF and Word parsing load only in the import worker and the CLI.',
    },
    {
      regex: '^\\.{1,2}/(?:.*/)?(?:core|pack|import)(?:/index)?(?:\\.ts)?$',
      message: 'Import the module itself, not a barrel that loads a whole folder.',
    },
    {
      regex: '(?:^|/)pack/(?:check|json-schema)(?:\\.ts)?$',
      message: `${HEAVY_PACK}: check packs in the CLI or the build, or import() it lazily.`,
    },
    {
      regex: '(?:^|/)pack/schema(?:\\.ts)?$',
      allowTypeImports: true,
      message: `${HEAVY_PACK}: import its types with \`import type\`.`,
    },
    {
      regex: '(?:^|/)import/(?:document|pdf|pdf-bounds|docx|segment|clause-markers|text|document-pack)(?:\\.ts)?$',
      message: 'Document import code loads only in the import worker and the CLI.',
    },
    ...(local.length
      ? [
          {
            regex: sibling(local),
            message: `${HEAVY_PACK}; document import code loads only in the import worker and the CLI.`,
          },
        ]
      : []),
    ...(localTypes.length
      ? [
          {
            regex: sibling(localTypes),
            allowTypeImports: true,
            message: `${HEAVY_PACK}: import its types with \`import type\`.`,
          },
        ]
      : []),
  ];
}

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
            {
              group: ['react', 'react-*', 'react/*', '@fluentui/*'],
              message: 'shared/core must not depend on UI libraries.',
            },
            {
              group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*', 'webextension-polyfill'],
              message: 'shared/core must not depend on the extension host.',
            },
            {
              group: ['**/ui/*', '**/entrypoints/*', '**/addin/*'],
              message: 'shared/core must not import host or UI code.',
            },
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
  // What the size-budgeted hosts load at first paint (the popup, the task pane, the send-time
  // script and everything they import statically) must stay light. A lazy `import()` after first
  // paint is the way to reach anything heavy, so dynamic imports are not checked here. Each light
  // file is checked itself, so the rule holds transitively: a light module can only import light
  // modules. The size budgets (tests/build/budgets.test.ts) prove it on the built files.
  {
    files: LIGHT_FILES,
    ignores: [...PACK_LIGHT, ...IMPORT_LIGHT, ...WORKER_ONLY],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: lightPatterns() }] },
  },
  {
    files: PACK_LIGHT,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: lightPatterns(['check', 'json-schema', 'index'], ['schema']) },
      ],
    },
  },
  {
    files: IMPORT_LIGHT,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: lightPatterns([
            'document',
            'pdf',
            'pdf-bounds',
            'docx',
            'segment',
            'clause-markers',
            'text',
            'document-pack',
            'index',
          ]),
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
);
