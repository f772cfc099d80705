import { registerContextMenu } from '@/sidepanel/context-menu';
import { registerOutboxRetry } from '@/store/outbox-retry';
import { retryReviews } from '@/sidepanel/review-submit';

export default defineBackground(() => {
  // Clicking the toolbar icon opens the side panel (and grants activeTab on that page).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  registerContextMenu();
  // Submissions made offline go out even when the side panel is closed (#18).
  registerOutboxRetry(retryReviews);
});
