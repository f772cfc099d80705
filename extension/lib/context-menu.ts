const MENU_ID = 'vaardig-read-selection';

/** "Read with Vaardig" on a selection or an editable field: opens the side panel on that tab. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getUILanguage().startsWith('nl') ? 'Lezen met Vaardig' : 'Read with Vaardig',
      contexts: ['selection', 'editable'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.windowId === undefined) return;
    // Must run synchronously inside the user gesture.
    void browser.sidePanel.open({ windowId: tab.windowId });
  });
}
