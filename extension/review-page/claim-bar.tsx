import type { Claim, Me } from '../../shared/profiles';
import { Own } from './names';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';

const since = (at: string) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/**
 * Who on the team works on this profile (#19), and the button to take it on, take it over or let
 * it go. Only for reviewers who may decide; everyone else reads the line.
 */
export function ClaimBar({
  me,
  claim,
  canClaim,
  onClaim,
  onRelease,
}: {
  me: Me;
  claim: Claim | null;
  canClaim: boolean;
  onClaim: () => void;
  onRelease: () => void;
}) {
  const mine = claim?.tokenId === me.tokenId;
  return (
    <p class="claim" data-testid="claim-bar" data-claimed={claim ? (mine ? 'me' : 'other') : ''}>
      <span>
        {!claim ? (
          i18n.t('reviewPage.claimedNobody')
        ) : mine ? (
          i18n.t('reviewPage.claimedByYou', [since(claim.at)])
        ) : (
          <Message id="reviewPage.claimedBy" parts={[<Own>{claim.name}</Own>, since(claim.at)]} />
        )}
      </span>{' '}
      {/* One button whose words change, so the focus stays on it after a claim. */}
      {canClaim && (
        <button type="button" onClick={mine ? onRelease : onClaim}>
          {mine ? (
            i18n.t('reviewPage.claimRelease')
          ) : claim ? (
            <Message id="reviewPage.claimTakeOver" parts={[<Own>{claim.name}</Own>]} />
          ) : (
            i18n.t('reviewPage.claim')
          )}
        </button>
      )}
    </p>
  );
}
