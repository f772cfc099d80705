import { i18n } from '#i18n';
import { pendingRead } from '../store/settings';

const MENU_ID = 'vaardig-read-selection';

/** Opens Chrome's side panel or Firefox's sidebar; must run inside the user's gesture. */
function openPanel(windowId: number): void {
  if (browser.sidePanel) void browser.sidePanel.open({ windowId });
  else void (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}

/** "Read with Vaardig" on a selection or an editable field: opens the panel and reads that tab. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('contextMenu.read'), contexts: ['selection', 'editable'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Open first, synchronously, while the click still counts as a user gesture.
    openPanel(tab.windowId ?? browser.windows.WINDOW_ID_CURRENT);
    // The panel reads the tab (capture takes the selection when there is one).
    void pendingRead.setValue({ tabId: tab.id, at: Date.now() });
  });
}
