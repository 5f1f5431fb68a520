import { defineConfig } from 'wxt';
import { strictExtension } from './scripts/strict-extension-plugin';
import { preloadChunks } from './scripts/preload-chunks-plugin';

// The extension. Permissions are the minimum its features need; see README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  vite: () => ({
    plugins: [
      strictExtension(),
      // What the popup runs right after first paint, read and compiled while it starts.
      preloadChunks({
        page: 'entrypoints/popup/index.html',
        modules: ['shared/core/assist/routing-chunk.ts', 'shared/ui/SuggestionView.tsx'],
      }),
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'OSS Assist',
    description: 'Find the right IOM security contact, MOU excerpt and escalation draft. Works offline; sends nothing.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: 'OSS Assist' },
    // Type "oss" then a space in the address bar for live suggestions.
    omnibox: { keyword: 'oss' },
    commands: {
      // Firefox builds Manifest V2, where the toolbar button's command has its older name.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Open OSS Assist',
      },
      'suggest-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Find the right OSS contact for the selected text',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Firefox reads policy settings from enterprise policies ("3rdparty"), not a schema file.
          // data_collection_permissions needs Firefox 140 (the current ESR) and 142 on Android.
          browser_specific_settings: {
            gecko: {
              id: 'oss-assist@iom.int',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome and Edge: what an organisation may set by policy (chrome.storage.managed).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
