import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** The API the production build may talk to; override with VAARDIG_API_ORIGIN at build time. */
const API_ORIGIN = process.env.VAARDIG_API_ORIGIN || 'https://api.vaardig.nl';
/** Pages that exist only for the end-to-end tests; never shipped. */
const TEST_ONLY_ENTRYPOINTS = new Set(['capture-check']);

export default defineConfig({
  srcDir: 'extension',
  outDir: process.env.VAARDIG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.mode === 'test') return;
      entrypoints.splice(0, entrypoints.length, ...entrypoints.filter((entry) => !TEST_ONLY_ENTRYPOINTS.has(entry.name)));
    },
  },
  manifest: ({ mode, browser }) => ({
    name: 'Vaardig',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // A keyboard shortcut is not a permission: it opens the side panel (or Firefox's sidebar).
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+V' }, description: 'Open Vaardig' },
    },
    // alarms: the background script retries the review outbox when the side panel is closed (no install warning).
    permissions: ['activeTab', 'scripting', 'sidePanel', 'storage', 'contextMenus', 'alarms'],
    // activeTab is never granted to automated tests, so the test build may read pages on 127.0.0.1 only.
    host_permissions: mode === 'test' ? [`${API_ORIGIN}/*`, 'http://127.0.0.1/*'] : [`${API_ORIGIN}/*`],
    action: { default_title: 'Vaardig' },
  }),
});
