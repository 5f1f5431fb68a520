import { defineConfig } from 'wxt';

// The extension. Permissions are the minimum its features need; see README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'OSS Assist',
    description: 'Find the right IOM security contact, MOU excerpt and escalation draft. Works offline; sends nothing.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'oss-assist@iom.int',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
