/**
 * The batches the caller may see (#20), newest first: an employer's own, or for a team's reviewers
 * the batches its employers submitted for review (with the employer's name). Each opens its progress
 * at `#/batches/<id>`. "Show more" follows the API's `next` cursor; while a listed batch waits or
 * runs, the pages shown so far are asked for again every few seconds.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BatchList as Page, BatchSummary } from '../../shared/batches';
import { i18n, uiLanguage } from '@/lib/i18n';
import { messageOf } from './use-review-client';
import { listBatches } from './workspace-api';

const PAGE = 20;
const REFRESH_MS = 2000;

const settled = (batch: BatchSummary) => batch.status === 'done' || batch.status === 'failed';

/** The same pages again, from the first, until they hold at least `count` batches (a new batch moves the rest down). */
async function pagesUpTo(count: number, signal: AbortSignal): Promise<Page> {
  const batches: BatchSummary[] = [];
  let next: string | null = null;
  do {
    const page = await listBatches(next, Math.min(50, Math.max(PAGE, count - batches.length)), signal);
    batches.push(...page.batches.filter((b) => !batches.some((seen) => seen.id === b.id)));
    next = page.next;
  } while (next && batches.length < count);
  return { batches, next };
}

const uploaded = (at: string) =>
  new Date(at).toLocaleString(uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Long: the list, its paging and its scheduled refresh share one state. */
export function BatchList({ team }: { team: boolean }) {
  const [list, setList] = useState<Page | null>(null);
  const [error, setError] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  // Bumped when a refresh fails, so the next look is still scheduled (the connection may come back).
  const [retry, setRetry] = useState(0);
  const rows = useRef<HTMLTableSectionElement>(null);
  // After "Show more", the focus goes to the first batch that came in, so the keyboard goes on from there.
  const focusIndex = useRef<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listBatches(null, PAGE, controller.signal).then(setList, (e) => controller.signal.aborted || setError(messageOf(e)));
    return () => controller.abort();
  }, []);

  // Refreshed while anything listed is still in the queue; each answer schedules the next look.
  useEffect(() => {
    if (!list || list.batches.every(settled)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      pagesUpTo(list.batches.length, controller.signal).then(
        (fresh) => {
          setList(fresh);
          setError('');
        },
        (e) => {
          if (controller.signal.aborted) return;
          setError(messageOf(e));
          setRetry((n) => n + 1);
        },
      );
    }, REFRESH_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [list, retry]);

  useEffect(() => {
    if (focusIndex.current === null) return;
    rows.current?.querySelectorAll<HTMLAnchorElement>('a')[focusIndex.current]?.focus();
    focusIndex.current = null;
  }, [list]);

  async function more() {
    if (!list?.next) return;
    setLoadingMore(true);
    try {
      const page = await listBatches(list.next, PAGE);
      focusIndex.current = list.batches.length;
      setList((old) => ({ batches: [...(old?.batches ?? []), ...page.batches.filter((b) => !old?.batches.some((o) => o.id === b.id))], next: page.next }));
      setError('');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section aria-labelledby="batch-list-heading" data-testid="batch-list">
      <h3 id="batch-list-heading">{i18n.t('reviewPage.batchListHeading')}</h3>
      {team && <p class="muted">{i18n.t('reviewPage.batchListTeamHint')}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!list && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {list && list.batches.length === 0 && (
        <p class="muted" data-testid="batch-list-empty">
          {i18n.t(team ? 'reviewPage.batchListEmptyTeam' : 'reviewPage.batchListEmpty')}
        </p>
      )}
      {list && list.batches.length > 0 && (
        <table class="queue batch-list">
          <thead>
            <tr>
              <th scope="col">{i18n.t('reviewPage.batchColUploaded')}</th>
              {team && <th scope="col">{i18n.t('reviewPage.colEmployer')}</th>}
              <th scope="col">{i18n.t('reviewPage.colStatus')}</th>
              <th scope="col">{i18n.t('reviewPage.batchColItems')}</th>
              <th scope="col">{i18n.t('reviewPage.batchColProfiles')}</th>
            </tr>
          </thead>
          <tbody ref={rows}>
            {list.batches.map((batch) => {
              const when = uploaded(batch.createdAt);
              return (
                <tr key={batch.id} data-batch-id={batch.id} data-status={batch.status}>
                  <td>
                    <a href={`#/batches/${encodeURIComponent(batch.id)}`}>
                      <time dateTime={batch.createdAt}>{when}</time>
                    </a>
                  </td>
                  {/* An organisation's name is its own, in no interface language. */}
                  {team && (
                    <td lang="" data-testid="batch-employer">
                      {batch.organization.name}
                    </td>
                  )}
                  <td>
                    <span data-testid="batch-row-status">{i18n.t(`reviewPage.batchStatus.${batch.status}`)}</span>{' '}
                    <progress max={batch.total} value={batch.done + batch.failed} aria-label={i18n.t('reviewPage.batchRowProgress', [when])} />
                  </td>
                  <td data-testid="batch-row-counts">{i18n.t('reviewPage.batchCounts', [batch.done, batch.failed, batch.total])}</td>
                  <td>{i18n.t(batch.submit ? 'reviewPage.batchForReview' : 'reviewPage.batchDrafts')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list?.next && (
        <p>
          <button type="button" onClick={() => void more()} disabled={loadingMore}>
            {loadingMore ? i18n.t('reviewPage.loading') : i18n.t('reviewPage.batchMore')}
          </button>
        </p>
      )}
    </section>
  );
}
