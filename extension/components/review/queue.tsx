import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../../shared/client';
import { ageInHours, ProfileStatus, waitingSince, type Me, type ProfileSummary } from '../../../shared/profiles';
import { AGES, queryFor, type Age, type QueueFilters, type Sort } from './queue-url';
import { StatusBadge } from './status-badge';
import { t } from './strings';
import { messageOf } from './use-review-client';

/** Waiting time in hours, as a reviewer plans a day: "5 u", "47 u", then "3 d 4 u". */
function waiting(profile: ProfileSummary) {
  const since = waitingSince(profile);
  const hours = ageInHours(since);
  const text = hours < 48 ? t('hours', hours) : t('daysHours', Math.floor(hours / 24), hours % 24);
  return <time dateTime={since} title={new Date(since).toLocaleString()} data-testid="waiting" data-hours={hours}>{text}</time>;
}

/** The list of visible profiles with filters; arrow keys move between rows, Enter opens one. */
export function Queue({ client, me, filters, onFilters }: { client: Client; me: Me; filters: QueueFilters; onFilters: (f: QueueFilters) => void }) {
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [error, setError] = useState('');
  const list = useRef<HTMLTableSectionElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    setError('');
    client
      .listProfiles(queryFor(filters), controller.signal)
      .then(setProfiles, (e) => controller.signal.aborted || setError(messageOf(e)));
    return () => controller.abort();
  }, [client, filters.status, filters.employer, filters.age, filters.sort]);

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
      {/* From the heading (where the focus lands), ArrowDown goes to the first profile (#19: open → decision in few keys). */}
      <h2 id="queue-heading" tabIndex={-1} onKeyDown={(e) => { if (e.key === 'ArrowDown') { const first = list.current?.querySelector<HTMLAnchorElement>('a'); if (first) { e.preventDefault(); first.focus(); } } }}>{t('queue')}</h2>
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
        <div>
          <label for="filter-sort">{t('sort')}</label>
          <select id="filter-sort" value={filters.sort} onChange={(e) => set({ sort: e.currentTarget.value as Sort })}>
            <option value="oldest">{t('sortOldest')}</option>
            <option value="newest">{t('sortNewest')}</option>
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
              <tr><th scope="col">{t('colTitle')}</th><th scope="col">{t('colEmployer')}</th><th scope="col">{t('colStatus')}</th><th scope="col">{t('colAge')}</th><th scope="col">{t('colClaim')}</th></tr>
            </thead>
            <tbody ref={list} onKeyDown={moveFocus}>
              {profiles.map((profile) => (
                <tr key={profile.id} data-profile-id={profile.id}>
                  <td><a href={`#/profiles/${profile.id}`}>{profile.title}</a></td>
                  <td>{profile.organization.name}</td>
                  <td><StatusBadge status={profile.status} /></td>
                  <td>{waiting(profile)}</td>
                  <td data-testid="claim">{profile.claim ? (profile.claim.tokenId === me.tokenId ? t('claimYou') : profile.claim.name) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
