import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';
import { elsewhere, hostOf } from '@/sidepanel/tab-binding';
import { pageOf } from '@/sidepanel/write-back';
import { Message } from '@/lib/message';

const named = (title: string | null | undefined) => title || i18n.t('page.untitled');
/** A page's title inside a sentence: in a language the panel does not know, unless there is none. */
const titleOf = (title: string | null | undefined) => (title ? <span lang="">{title}</span> : i18n.t('page.untitled'));

/**
 * Which page the panel works on (#17): before reading, the page it will read; after, the page the
 * vacancy came from, and, when the user has moved on to another page, an offer to read that one.
 */
export function PageBinding({ panel }: { panel: PanelState }) {
  const { draft, activeTab } = panel;
  if (!draft) {
    if (!activeTab?.url) return null;
    return (
      <p class="muted page-binding" data-testid="page-binding">
        {/* Another site's title: its language is not known (#17). */}
        {i18n.t('page.current')}: <strong lang={activeTab.title ? '' : undefined}>{named(activeTab.title)}</strong> · {hostOf(activeTab.url)}
      </p>
    );
  }
  const page = pageOf(draft);
  const from = draft.tabId === null ? null : page;
  const moved = elsewhere({ tabId: draft.tabId, page }, activeTab);
  return (
    <div class="page-binding" data-testid="page-binding">
      <p class="muted">
        {from ? (
          <>
            {i18n.t('page.from')}: <strong lang={from.title ? '' : undefined}>{named(from.title)}</strong> · {hostOf(from.url)}
          </>
        ) : (
          i18n.t('page.pasted')
        )}
      </p>
      {moved && activeTab && (
        <div class="notice" role="status" data-testid="page-elsewhere">
          <p>
            {activeTab.title ? (
              <Message id="page.elsewhere" parts={[<span lang="">{activeTab.title}</span>, titleOf(from?.title ?? draft.vacancy.title)]} />
            ) : (
              <Message id="page.elsewhereUnnamed" parts={[titleOf(from?.title ?? draft.vacancy.title)]} />
            )}
          </p>
          <button type="button" class="secondary" disabled={panel.busy !== null} onClick={() => void panel.readActive()}>
            {i18n.t('page.readOther')}
          </button>
        </div>
      )}
    </div>
  );
}
