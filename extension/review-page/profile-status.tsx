import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../shared/profiles';
import { Own, PersonName } from './names';
import { StatusBadge } from './status-badge';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { messageOf, useReviewClient } from './use-review-client';

/**
 * For the employer's side panel (issue 8): a submitted profile's status, the latest decision and
 * the comments, with a refresh and a link to the full review page. Drop in as
 * `<ProfileStatus profileId={draft.review.profileId} />`; it uses the stored API token.
 * Long: the profile's status, refreshed, and what the team said, in one box.
 */
export function ProfileStatus({ profileId }: { profileId: string }) {
  const { client } = useReviewClient();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [error, setError] = useState('');

  const refresh = () => {
    if (!client) return;
    setError('');
    client.getProfile(profileId).then(setProfile, (e) => setError(messageOf(e)));
  };
  useEffect(refresh, [client, profileId]);

  const decision = profile?.decisions.at(-1);
  return (
    <section class="profile-status" aria-labelledby="profile-status-heading" data-testid="profile-status" data-status={profile?.status ?? ''}>
      <h3 id="profile-status-heading">{i18n.t('reviewPage.statusHeading')}</h3>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!profile && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {profile && (
        <>
          <p role="status">
            <StatusBadge status={profile.status} /> <span class="muted">{i18n.t('reviewPage.version', [profile.version])}</span>
            {decision && (
              <span class="muted">
                {' '}
                ·{' '}
                <Message
                  id="reviewPage.lastDecision"
                  parts={[
                    i18n.t(`reviewPage.status.${decision.decision}`),
                    <>
                      <PersonName who={decision.author} />, <Own>{decision.author.organizationName}</Own>
                    </>,
                  ]}
                />
              </span>
            )}
          </p>
          {profile.comments.length > 0 && (
            <ol class="comments">
              {profile.comments.map((comment) => (
                <li key={comment.id} data-testid="comment">
                  <span class="muted">
                    <PersonName who={comment.author} />, <Own>{comment.author.organizationName}</Own>:{' '}
                  </span>
                  <span lang="">{comment.body}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <div class="row">
        <button type="button" class="link" onClick={refresh}>
          {i18n.t('reviewPage.refresh')}
        </button>
        <a href={browser.runtime.getURL(`/review.html#/profiles/${encodeURIComponent(profileId)}`)} target="_blank" rel="noreferrer">
          {i18n.t('reviewPage.openReview')}
        </a>
      </div>
    </section>
  );
}
