import { defineConfig } from 'wxt';

// The extension. Permissions are the minimum its features need; see README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'OSS Assist',
    description: 'Find the right IOM security contact, MOU excerpt and escalation draft. Works offline; sends nothing.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: 'OSS Assist' },
    // Type "oss" then a space in the address bar for live suggestions.
    omnibox: { keyword: 'oss' },
    commands: {
      _execute_action: {
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
          browser_specific_settings: {
            gecko: {
              id: 'oss-assist@iom.int',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chrome and Edge: what an organisation may set by policy (chrome.storage.managed).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
