/**
 * The page the side panel works on: capture and write-back, each on the user's gesture.
 *
 *   targetTabId(): Promise<number>
 *     The tab to work on: ?tabId= when the panel is opened in a tab, else the active tab
 *     (NoTabError when there is none).
 *   capturePage(tabId): Promise<CaptureResult>
 *     Injects the capture script (isolated world) and returns the Vacancy: the user's selection,
 *     else the editor they are in (then `vacancy.editor` is set), else the page. Reads only.
 *     A refused listing also names the vacancies it links to (`listed`).
 *     A page the browser will not let Vaardig read (no activeTab grant, a browser page) or a closed
 *     tab is a PageAccessError; the panel explains it in its own words (#17).
 *   tabView(tabId): Promise<TabView | null>
 *     The tab's title and address as the browser shows them to Vaardig (null when the tab is closed).
 *   writeBack(tabId, target, content): Promise<string>
 *     Replaces the editor's content (`content.text` in a textarea, `content.html` in a rich editor)
 *     through the editor's API or input events, so the host app registers it; keeps the original.
 *     Returns the text the editor now holds.
 *   undoWriteBack(tabId): Promise<string>
 *     Restores the original kept by the last writeBack in that tab. Returns the editor's text.
 *   canUndo(tabId): Promise<boolean>
 */
import type { EditorContent } from './editors/types';
import { CaptureResult, WriteBackRequest, WriteBackResult, WriteBackUndo } from './capture/messages';
import { BRIDGE_KEY } from './write-back/bridge';
import { EditorTarget } from '../../shared/vacancy';
import { NoTabError, PageAccessError } from './errors';

/** A page as the panel read it: its tab's title and address. */
export interface PageRef {
  title: string;
  url: string;
}

/** A tab as the panel sees it now; title and url are null when the browser does not show them to Vaardig. */
export interface TabView {
  id: number;
  title: string | null;
  url: string | null;
}

export async function targetTabId(): Promise<number> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromUrl) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new NoTabError();
  return tab.id;
}

export async function capturePage(tabId: number): Promise<CaptureResult> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture.js'] }).catch((error: unknown) => {
    throw new PageAccessError(/no tab with id/i.test(String((error as Error)?.message)), error);
  });
  return CaptureResult.parse(result?.result);
}

export async function tabView(tabId: number): Promise<TabView | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return { id: tabId, title: tab.title ?? null, url: tab.url ?? null };
  } catch {
    return null;
  }
}

async function callBridge(tabId: number, request: WriteBackRequest): Promise<WriteBackResult> {
  const checked = WriteBackRequest.parse(request);
  await browser.scripting.executeScript({ target: { tabId }, world: 'MAIN', files: ['/write-back.js'] });
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    world: 'MAIN',
    // Self-contained: serialised into the page, it calls the bridge the file above installed.
    func: (key: string, req: unknown) => {
      const bridge = (globalThis as Record<symbol, ((r: unknown) => unknown) | undefined>)[Symbol.for(key)];
      return bridge ? bridge(req) : { ok: false, error: 'The write-back bridge did not load on this page.' };
    },
    args: [BRIDGE_KEY, checked],
  });
  return WriteBackResult.parse(result?.result);
}

const undoKey = (tabId: number) => `write-back-undo:${tabId}`;

export async function writeBack(tabId: number, target: EditorTarget, content: EditorContent): Promise<string> {
  const stored = await browser.storage.session.get(undoKey(tabId));
  const previous = WriteBackUndo.safeParse(stored[undoKey(tabId)]);
  const result = await callBridge(tabId, { action: 'write', target: EditorTarget.parse(target), text: content.text, html: content.html });
  if (!result.ok) throw new Error(result.error);
  // Written back again over Vaardig's own text (the user typed nothing since): undo still goes back
  // to what the user had before the first write-back, never to Vaardig's earlier version.
  const same = previous.success && previous.data.target.path === target.path && previous.data.target.frame === target.frame;
  const ours = same && previous.data.written !== undefined && previous.data.written === result.before;
  const snapshot = ours ? previous.data.snapshot : (result.snapshot ?? null);
  // Session storage outlives a closed side panel, never the browser session.
  await browser.storage.session.set({ [undoKey(tabId)]: { target, snapshot, written: result.text } });
  return result.text;
}

export async function canUndo(tabId: number): Promise<boolean> {
  const stored = await browser.storage.session.get(undoKey(tabId));
  return WriteBackUndo.safeParse(stored[undoKey(tabId)]).success;
}

export async function undoWriteBack(tabId: number): Promise<string> {
  const stored = await browser.storage.session.get(undoKey(tabId));
  const undo = WriteBackUndo.safeParse(stored[undoKey(tabId)]);
  if (!undo.success) throw new Error('There is nothing to undo on this page.');
  const result = await callBridge(tabId, { action: 'restore', target: undo.data.target, snapshot: undo.data.snapshot });
  if (!result.ok) throw new Error(result.error);
  await browser.storage.session.remove(undoKey(tabId));
  return result.text;
}
