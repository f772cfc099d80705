import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../../shared/client';
import { ageInDays, ProfileStatus, type Me, type ProfileSummary } from '../../../shared/profiles';
import { StatusBadge } from './status-badge';
import { t } from './strings';
import { messageOf } from './use-review-client';

const AGES = { any: {}, age1: { newerThanDays: 1 }, age7: { newerThanDays: 7 }, older7: { olderThanDays: 7 }, older30: { olderThanDays: 30 } } as const;
type Age = keyof typeof AGES;

export interface QueueFilters { status: string; employer: string; age: Age }

/** Reviewers start on what waits for them; members on everything of their own. */
export const defaultFilters = (me: Me): QueueFilters => ({ status: me.organization.kind === 'expertise_team' ? 'submitted' : '', employer: '', age: 'any' });

/** The list of visible profiles with filters; arrow keys move between rows, Enter opens one. */
export function Queue({ client, me, filters, onFilters }: { client: Client; me: Me; filters: QueueFilters; onFilters: (f: QueueFilters) => void }) {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [error, setError] = useState('');
  const list = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError('');
    client
      .listProfiles({ status: filters.status ? [filters.status] : undefined, employer: filters.employer || undefined, ...AGES[filters.age] }, controller.signal)
      .then(setProfiles, (e) => controller.signal.aborted || setError(messageOf(e)));
    return () => controller.abort();
  }, [client, filters.status, filters.employer, filters.age]);

  function moveFocus(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[event.key === 'ArrowDown' ? Math.min(index + 1, links.length - 1) : Math.max(index - 1, 0)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  const set = (patch: Partial<QueueFilters>) => onFilters({ ...filters, ...patch });
  const employers = me.organization.kind === 'expertise_team' ? me.clients : [];

  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading" tabIndex={-1}>{t('queue')}</h2>
      <fieldset class="filters">
        <legend>{t('filters')}</legend>
        <div>
          <label for="filter-status">{t('filterStatus')}</label>
          <select id="filter-status" value={filters.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">{t('anyStatus')}</option>
            {ProfileStatus.options.map((status) => <option value={status}>{t(status)}</option>)}
          </select>
        </div>
        {employers.length > 0 && (
          <div>
            <label for="filter-employer">{t('filterEmployer')}</label>
            <select id="filter-employer" value={filters.employer} onChange={(e) => set({ employer: e.currentTarget.value })}>
              <option value="">{t('anyEmployer')}</option>
              {employers.map((org) => <option value={org.id}>{org.name}</option>)}
            </select>
          </div>
        )}
        <div>
          <label for="filter-age">{t('filterAge')}</label>
          <select id="filter-age" value={filters.age} onChange={(e) => set({ age: e.currentTarget.value as Age })}>
            {(Object.keys(AGES) as Age[]).map((age) => <option value={age}>{age === 'any' ? t('anyAge') : t(age)}</option>)}
          </select>
        </div>
      </fieldset>
      {error && <p class="error" role="alert">{error}</p>}
      {profiles === null && !error && <p class="muted">{t('loading')}</p>}
      {profiles?.length === 0 && <p class="muted" role="status">{t('empty')}</p>}
      {profiles && profiles.length > 0 && (
        <>
          <p class="muted" id="queue-hint">{t('queueHint')}</p>
          <table class="queue" data-testid="queue" aria-describedby="queue-hint">
            <thead>
              <tr><th scope="col">{t('colTitle')}</th><th scope="col">{t('colEmployer')}</th><th scope="col">{t('colStatus')}</th><th scope="col">{t('colAge')}</th></tr>
            </thead>
            <tbody ref={list} onKeyDown={moveFocus}>
              {profiles.map((profile) => (
                <tr key={profile.id} data-profile-id={profile.id}>
                  <td><a href={`#/profiles/${profile.id}`}>{profile.title}</a></td>
                  <td>{profile.organization.name}</td>
                  <td><StatusBadge status={profile.status} /></td>
                  <td>{t('days', ageInDays(profile.submittedAt ?? profile.updatedAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
