import { ProfileStatus } from '../../shared/profiles';
import { hashFor, type QueueFilters } from './queue-url';
import { i18n } from '@/lib/i18n';

type Counts = Partial<Record<ProfileStatus, number>>;

/**
 * How many profiles of each status the search and filters find (#19), each a link to the list of
 * that status. A team never sees drafts, so it gets no count for them.
 */
export function StatusCounts({ counts, filters, team }: { counts: Counts; filters: QueueFilters; team: boolean }) {
  const statuses = ProfileStatus.options.filter((status) => !(team && status === 'draft'));
  const total = statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const item = (status: string, label: string) => (
    <li>
      <a href={hashFor({ ...filters, status })} aria-current={filters.status === status ? 'true' : undefined} data-count-status={status || 'all'}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="counts" aria-label={i18n.t('reviewPage.counts')} data-testid="status-counts">
      <ul>
        {item('', i18n.t('reviewPage.countAll', [total]))}
        {statuses.map((status) => item(status, i18n.t('reviewPage.countStatus', [i18n.t(`reviewPage.status.${status}`), counts[status] ?? 0])))}
      </ul>
    </nav>
  );
}
