import { useEffect, useRef, useState } from 'preact/hooks';
import type { Me } from '../../shared/profiles';
import { i18n, uiLanguage } from '@/lib/i18n';
import { apiToken } from '@/store/settings';
import { BatchesPage, BatchProgress } from './batches-view';
import { ImpactView } from './impact-view';
import { NeedsView } from './needs-view';
import { ProfileView } from './profile-view';
import { Own, PersonWithRole } from './names';
import { Queue } from './queue';
import { defaultFilters, filtersFromHash, hashFor, type QueueFilters } from './queue-url';
import { Message } from '@/lib/message';
import { TokenForm } from './token-form';
import { messageOf, useReviewClient } from './use-review-client';
import { sectionsFor, WorkspaceNav, type Section } from './workspace-nav';

/**
 * `#/?<filters>` is the queue, `#/profiles/<id>` one profile: plain links, so Back, reload and
 * bookmarks work, filters included (#19). `replace` changes the address without a history entry.
 */
function useHash(): [string, (hash: string) => void] {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const replace = (next: string) => {
    history.replaceState(null, '', next);
    setHash(next);
  };
  return [hash, replace];
}

const profileIdOf = (hash: string) => {
  const id = /^#\/profiles\/([^/?#]+)/.exec(hash)?.[1];
  return id ? decodeURIComponent(id) : null;
};

/** The workspace section an address names (#20): `#/batches[/<id>]`, `#/impact`, `#/needs`; null for the queue and profiles. */
function sectionOf(hash: string): { section: Exclude<Section, 'queue'>; id: string | null } | null {
  const match = /^#\/(batches|impact|needs)(?:\/([^/?#]+))?\/?$/.exec(hash);
  return match ? { section: match[1] as Exclude<Section, 'queue'>, id: match[2] ? decodeURIComponent(match[2]) : null } : null;
}

/**
 * The review page: connect with a token, then the queue and the profiles.
 * Long: the connection, the address and the views it switches between share one state.
 */
export function ReviewApp() {
  const { client, token } = useReviewClient();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState('');
  const [hash, replaceHash] = useHash();
  const profileId = profileIdOf(hash);
  const workspace = sectionOf(hash);
  // The queue as last seen, filters and all: where "back to the list" goes.
  const lastQueue = useRef('#/');
  const defaults = defaultFilters(me?.organization.kind === 'expertise_team');
  const filters: QueueFilters = filtersFromHash(hash, defaults) ?? defaults;
  if (!profileId && !workspace && me) lastQueue.current = hashFor(filters);

  // The page speaks the interface language (#19): screen readers and the language sweep read it so.
  useEffect(() => {
    document.documentElement.lang = uiLanguage();
    document.title = i18n.t('reviewPage.title');
  }, []);

  useEffect(() => {
    setMe(null);
    if (!client || !token) return;
    client.me().then(
      (who) => {
        setMe(who);
        setError('');
      },
      (e) => setError(messageOf(e)),
    );
  }, [client, token]);

  useEffect(() => {
    // Back on the list, the focus goes to its heading, for keyboard and screen-reader users.
    if (!profileId) document.querySelector<HTMLElement>(workspace ? `#${workspace.section}-heading` : '#queue-heading')?.focus();
  }, [profileId, workspace?.section, workspace?.id, me]);

  if (!client) return <p class="muted">{i18n.t('reviewPage.loading')}</p>;
  if (!token || error) {
    return (
      <main>
        <h1>{i18n.t('reviewPage.title')}</h1>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <TokenForm onConnected={() => setError('')} />
      </main>
    );
  }
  if (!me) return <p class="muted">{i18n.t('reviewPage.loading')}</p>;
  return (
    <main>
      <header class="top">
        <h1>{i18n.t('reviewPage.title')}</h1>
        <p class="muted">
          <span data-testid="signed-in-as">
            <Message id="reviewPage.signedInAs" parts={[<PersonWithRole who={me} />, <Own>{me.organization.name}</Own>]} />
          </span>{' '}
          <button type="button" class="link" onClick={() => void apiToken.setValue('')}>
            {i18n.t('reviewPage.tokenChange')}
          </button>
        </p>
      </header>
      <WorkspaceNav me={me} current={profileId ? null : (workspace?.section ?? 'queue')} queueHref={lastQueue.current} />
      {profileId ? (
        <ProfileView
          key={profileId}
          client={client}
          me={me}
          id={profileId}
          backHref={lastQueue.current}
          queue={filtersFromHash(lastQueue.current, defaults) ?? defaults}
        />
      ) : workspace && sectionsFor(me).includes(workspace.section) ? (
        workspace.section === 'batches' ? (
          workspace.id ? (
            <BatchProgress key={workspace.id} id={workspace.id} />
          ) : (
            <BatchesPage
              canUpload={me.organization.kind === 'employer'}
              team={me.organization.kind === 'expertise_team'}
              onUploaded={(id) => (location.hash = `#/batches/${encodeURIComponent(id)}`)}
            />
          )
        ) : workspace.section === 'impact' ? (
          <ImpactView me={me} />
        ) : (
          <NeedsView me={me} />
        )
      ) : (
        <Queue client={client} me={me} filters={filters} onFilters={(next) => replaceHash(hashFor(next))} />
      )}
    </main>
  );
}
