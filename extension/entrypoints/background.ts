import { registerContextMenu } from '@/lib/context-menu';

export default defineBackground(() => {
  // Clicking the toolbar icon opens the side panel (and grants activeTab on that page).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  registerContextMenu();
});
