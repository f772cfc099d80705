import { useEffect, useState } from 'preact/hooks';
import type { Me } from '../../../shared/profiles';
import { apiToken } from '@/lib/settings';
import { ProfileView } from './profile-view';
import { personWithRole } from './people';
import { defaultFilters, Queue, type QueueFilters } from './queue';
import { t } from './strings';
import { TokenForm } from './token-form';
import { messageOf, useReviewClient } from './use-review-client';

/** `#/` is the queue, `#/profiles/<id>` one profile: plain links, so Back and bookmarks work. */
function useHashRoute(): string | null {
  const read = () => /^#\/profiles\/([^/?#]+)/.exec(location.hash)?.[1] ?? null;
  const [id, setId] = useState(read);
  useEffect(() => {
    const onChange = () => setId(read());
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return id ? decodeURIComponent(id) : null;
}

/** The review page: connect with a token, then the queue and the profiles. */
export function ReviewApp() {
  const { client, token } = useReviewClient();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState('');
  const [filters, setFilters] = useState<QueueFilters | null>(null);
  const profileId = useHashRoute();

  useEffect(() => {
    setMe(null);
    if (!client || !token) return;
    client.me().then(
      (who) => {
        setMe(who);
        setFilters(defaultFilters(who));
        setError('');
      },
      (e) => setError(messageOf(e)),
    );
  }, [client, token]);

  useEffect(() => {
    // Back on the list, the focus goes to its heading, for keyboard and screen-reader users.
    if (!profileId) document.querySelector<HTMLElement>('#queue-heading')?.focus();
  }, [profileId, me]);

  if (!client) return <p class="muted">{t('loading')}</p>;
  if (!token || error) {
    return (
      <main>
        <h1>{t('title')}</h1>
        {error && <p class="error" role="alert">{error}</p>}
        <TokenForm onConnected={() => setError('')} />
      </main>
    );
  }
  if (!me || !filters) return <p class="muted">{t('loading')}</p>;
  return (
    <main>
      <header class="top">
        <h1>{t('title')}</h1>
        <p class="muted">
          <span data-testid="signed-in-as">{t('signedInAs', personWithRole(me), me.organization.name)}</span>{' '}
          <button type="button" class="link" onClick={() => void apiToken.setValue('')}>{t('tokenChange')}</button>
        </p>
      </header>
      {profileId ? <ProfileView key={profileId} client={client} me={me} id={profileId} /> : <Queue client={client} me={me} filters={filters} onFilters={setFilters} />}
    </main>
  );
}
