import { useEffect, useState } from 'preact/hooks';
import { tabView, targetTabId } from '../page/tab';
import type { TabView } from '../page/tab';

/**
 * The page the user is on now, beside the panel (#17): the active tab of the panel's window, followed
 * as tabs are switched, navigate or close. The panel's own tab (when it is opened as a page) never counts.
 * Title and address are null where the browser does not show them to Vaardig (no activeTab grant yet).
 */
export function useActiveTab(): TabView | null {
  const [active, setActive] = useState<TabView | null>(null);

  useEffect(() => {
    let alive = true;
    let own: number | undefined;
    let windowId: number | undefined;
    let current: number | null = null;
    const show = async (tabId: number) => {
      current = tabId;
      const view = await tabView(tabId);
      if (alive && current === tabId) setActive(view);
    };
    const ready = (async () => {
      [own, windowId] = await Promise.all([browser.tabs.getCurrent().then((tab) => tab?.id), browser.windows.getCurrent().then((w) => w.id)]);
      const first = await targetTabId().catch(() => null);
      if (first !== null && current === null) await show(first);
    })();

    const activated = ({ tabId, windowId: inWindow }: { tabId: number; windowId: number }) =>
      void ready.then(() => {
        if (inWindow === windowId && tabId !== own) void show(tabId);
      });
    const updated = (tabId: number, change: { url?: string; title?: string; status?: string }) => {
      if (tabId === current && (change.url || change.title || change.status === 'complete')) void show(tabId);
    };
    const removed = (tabId: number) => {
      if (tabId !== current) return;
      current = null;
      setActive(null);
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    browser.tabs.onRemoved.addListener(removed);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
      browser.tabs.onRemoved.removeListener(removed);
    };
  }, []);

  return active;
}
