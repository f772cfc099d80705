/**
 * The review queue (#19). Long: one component, the queue, whose list, filters, selection and
 * keyboard share one state.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import { ageInHours, ProfileStatus, waitingSince, type Me, type ProfileList, type ProfileSummary } from '../../shared/profiles';
import { BulkBar, BulkResults, type Outcome } from './bulk-decision';
import { AGES, queryFor, SORTS, type Age, type QueueFilters, type Sort } from './queue-url';
import { QueueSearch } from './queue-search';
import { StatusBadge } from './status-badge';
import { StatusCounts } from './status-counts';
import { Own } from './names';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { messageOf } from './use-review-client';

/** Waiting time in hours, as a reviewer plans a day: "5 u", "47 u", then "3 d 4 u". */
function waiting(profile: ProfileSummary) {
  const since = waitingSince(profile);
  const hours = ageInHours(since);
  const text = hours < 48 ? i18n.t('reviewPage.hours', [hours]) : i18n.t('reviewPage.daysHours', [Math.floor(hours / 24), hours % 24]);
  return (
    <time dateTime={since} title={new Date(since).toLocaleString()} data-testid="waiting" data-hours={hours}>
      {text}
    </time>
  );
}

const SORT_LABEL = {
  oldest: 'reviewPage.sortOldest',
  newest: 'reviewPage.sortNewest',
  title: 'reviewPage.sortTitle',
  organization: 'reviewPage.sortOrganization',
} as const satisfies Record<Sort, string>;

/**
 * The list of visible profiles with search, filters and counts per status. One row at a time is in
 * the Tab order: arrow keys move between rows, Enter opens one, Space selects it for a decision on
 * several (#19: thirty a day), and Tab goes on to the bar that decides on the selection.
 * Long: the list, its filters, the selection and the keyboard share one state.
 */
export function Queue({ client, me, filters, onFilters }: { client: Client; me: Me; filters: QueueFilters; onFilters: (f: QueueFilters) => void }) {
  const [list, setList] = useState<ProfileList | null>(null);
  const [error, setError] = useState('');
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [reload, setReload] = useState(0);
  const rows = useRef<HTMLTableSectionElement>(null);
  // Set when ArrowDown leaves the search before its new results are in: the first row gets the focus when they are.
  const focusFirstWhenLoaded = useRef(false);
  const profiles = list?.profiles ?? null;
  const canDecide = me.organization.kind === 'expertise_team' && me.role !== 'member';
  const selectable = (p: ProfileSummary) => canDecide && p.status === 'submitted';

  useEffect(() => {
    const controller = new AbortController();
    setError('');
    client.profileQueue(queryFor(filters), controller.signal).then(
      (next) => {
        setList(next);
        // The selection keeps only what is still listed and can still be decided.
        setSelected((old) => new Set(next.profiles.filter((p) => old.has(p.id) && selectable(p)).map((p) => p.id)));
        setActive((i) => Math.min(i, Math.max(next.profiles.length - 1, 0)));
      },
      (e) => controller.signal.aborted || setError(messageOf(e)),
    );
    return () => controller.abort();
  }, [client, filters.status, filters.employer, filters.age, filters.sort, filters.q, reload]);

  useEffect(() => {
    if (profiles && focusFirstWhenLoaded.current) {
      focusFirstWhenLoaded.current = false;
      focusRow(0);
    }
  }, [profiles]);

  const links = () => [...(rows.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  function focusRow(index: number) {
    const target = links()[index];
    if (!target) return false;
    setActive(index);
    target.focus();
    return true;
  }

  function toggle(id: string) {
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function onRowKey(event: KeyboardEvent) {
    const index = links().indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    const last = links().length - 1;
    const to = { ArrowDown: Math.min(index + 1, last), ArrowUp: Math.max(index - 1, 0), Home: 0, End: last }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusRow(to);
    } else if (event.key === ' ') {
      event.preventDefault();
      const profile = profiles?.[index];
      if (profile && selectable(profile)) toggle(profile.id);
    }
  }

  const set = (patch: Partial<QueueFilters>) => onFilters({ ...filters, ...patch });
  const employers = me.organization.kind === 'expertise_team' ? me.clients : [];
  const choosable = profiles?.filter(selectable) ?? [];
  const allChosen = choosable.length > 0 && choosable.every((p) => selected.has(p.id));
  const chosen = profiles?.filter((p) => selected.has(p.id)) ?? [];

  return (
    <section aria-labelledby="queue-heading">
      {/* From the heading (where the focus lands), ArrowDown goes to the first profile (#19: open → decision in few keys). */}
      <h2
        id="queue-heading"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && focusRow(0)) e.preventDefault();
        }}
      >
        {i18n.t('reviewPage.queue')}
      </h2>
      <QueueSearch
        value={filters.q}
        onSearch={(q) => {
          focusFirstWhenLoaded.current = false;
          set({ q });
        }}
        onLeave={() => {
          // The list for what was typed may still be on its way.
          if (filters.q.trim() === (document.getElementById('queue-search') as HTMLInputElement | null)?.value.trim()) focusRow(0);
          else focusFirstWhenLoaded.current = true;
        }}
      />
      <fieldset class="filters">
        <legend>{i18n.t('reviewPage.filters')}</legend>
        <div>
          <label for="filter-status">{i18n.t('reviewPage.filterStatus')}</label>
          <select id="filter-status" value={filters.status} onChange={(e) => set({ status: e.currentTarget.value })}>
            <option value="">{i18n.t('reviewPage.anyStatus')}</option>
            {ProfileStatus.options.map((status) => (
              <option value={status}>{i18n.t(`reviewPage.status.${status}`)}</option>
            ))}
          </select>
        </div>
        {employers.length > 0 && (
          <div>
            <label for="filter-employer">{i18n.t('reviewPage.filterEmployer')}</label>
            <select id="filter-employer" value={filters.employer} onChange={(e) => set({ employer: e.currentTarget.value })}>
              <option value="">{i18n.t('reviewPage.anyEmployer')}</option>
              {employers.map((org) => (
                <option value={org.id} lang="">
                  {org.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label for="filter-age">{i18n.t('reviewPage.filterAge')}</label>
          <select id="filter-age" value={filters.age} onChange={(e) => set({ age: e.currentTarget.value as Age })}>
            {(Object.keys(AGES) as Age[]).map((age) => (
              <option value={age}>{age === 'any' ? i18n.t('reviewPage.anyAge') : i18n.t(`reviewPage.${age}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="filter-sort">{i18n.t('reviewPage.sort')}</label>
          <select id="filter-sort" value={filters.sort} onChange={(e) => set({ sort: e.currentTarget.value as Sort })}>
            {SORTS.map((sort) => (
              <option value={sort}>{i18n.t(SORT_LABEL[sort])}</option>
            ))}
          </select>
        </div>
      </fieldset>
      {list?.counts && <StatusCounts counts={list.counts} filters={filters} team={me.organization.kind === 'expertise_team'} />}
      {outcomes.length > 0 && <BulkResults outcomes={outcomes} />}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {profiles === null && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {profiles && (
        <p class="muted" role="status" data-testid="found">
          {profiles.length === 0 ? i18n.t('reviewPage.empty') : i18n.t('reviewPage.found', [profiles.length])}
        </p>
      )}
      {profiles && profiles.length > 0 && (
        <>
          <p class="muted" id="queue-hint">
            {i18n.t('reviewPage.queueHint')}
            {canDecide ? ` ${i18n.t('reviewPage.queueSelectHint')}` : ''}
          </p>
          <table class="queue" data-testid="queue" aria-describedby="queue-hint">
            <thead>
              <tr>
                {canDecide && (
                  <th scope="col" class="select">
                    <input
                      type="checkbox"
                      aria-label={i18n.t('reviewPage.selectAll')}
                      title={i18n.t('reviewPage.selectAll')}
                      disabled={choosable.length === 0}
                      checked={allChosen}
                      ref={(el) => {
                        if (el) el.indeterminate = !allChosen && chosen.length > 0;
                      }}
                      onChange={() => setSelected(allChosen ? new Set() : new Set(choosable.map((p) => p.id)))}
                    />
                  </th>
                )}
                <th scope="col">{i18n.t('reviewPage.colTitle')}</th>
                <th scope="col">{i18n.t('reviewPage.colEmployer')}</th>
                <th scope="col">{i18n.t('reviewPage.colStatus')}</th>
                <th scope="col">{i18n.t('reviewPage.colAge')}</th>
                <th scope="col">{i18n.t('reviewPage.colClaim')}</th>
              </tr>
            </thead>
            <tbody ref={rows} onKeyDown={onRowKey}>
              {profiles.map((profile, index) => (
                <tr key={profile.id} data-profile-id={profile.id} class={selected.has(profile.id) ? 'selected' : undefined}>
                  {canDecide && (
                    <td class="select">
                      {selectable(profile) && (
                        // Out of the Tab order: Space on the row's link selects it, so Tab leaves the list in one step.
                        // Its name holds the title, the employer's own words: built from marked parts (#17).
                        <>
                          <span id={`select-${profile.id}`} hidden>
                            <Message id="reviewPage.selectProfile" parts={[<Own>{profile.title}</Own>]} />
                          </span>
                          <input
                            type="checkbox"
                            tabIndex={-1}
                            aria-labelledby={`select-${profile.id}`}
                            checked={selected.has(profile.id)}
                            onChange={() => toggle(profile.id)}
                          />
                        </>
                      )}
                    </td>
                  )}
                  <td>
                    <a href={`#/profiles/${profile.id}`} tabIndex={index === active ? 0 : -1} onFocus={() => setActive(index)}>
                      <Own>{profile.title}</Own>
                      {selected.has(profile.id) && <span class="visually-hidden"> ({i18n.t('reviewPage.selectedMark')})</span>}
                    </a>
                  </td>
                  <td lang="">{profile.organization.name}</td>
                  <td>
                    <StatusBadge status={profile.status} />
                  </td>
                  <td>{waiting(profile)}</td>
                  <td data-testid="claim">
                    {profile.claim ? profile.claim.tokenId === me.tokenId ? i18n.t('reviewPage.claimYou') : <Own>{profile.claim.name}</Own> : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {canDecide && (
        <p class="visually-hidden" role="status">
          {chosen.length > 0 ? i18n.t('reviewPage.bulkHeading', [chosen.length]) : ''}
        </p>
      )}
      {chosen.length > 0 && (
        <BulkBar
          client={client}
          selected={chosen}
          onClear={() => {
            setSelected(new Set());
            // The bar goes away with the selection: the focus goes back to the row it came from.
            focusRow(active);
          }}
          onDecided={(done) => {
            setOutcomes(done);
            setSelected(new Set(done.filter((o) => !o.status).map((o) => o.id)));
            setReload((n) => n + 1);
          }}
        />
      )}
    </section>
  );
}
