import { Vacancy } from '../../shared/schemas';

/** The tab the side panel works on: ?tabId= when opened in a tab, else the active tab. */
export async function targetTabId(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromUrl) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('There is no open page to read.');
  return tab.id;
}

/** Inject the capture script into the tab (on the user's gesture) and read its Vacancy. */
export async function capturePage(tabId: number): Promise<Vacancy> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] });
  return Vacancy.parse(result?.result);
}
