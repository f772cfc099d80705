import { useEffect, useState } from 'preact/hooks';
import { reviewAvailable } from '@/sidepanel/review-submit';
import { apiToken } from '@/store/settings';
import { reviewPageUrl } from './review-feedback';

/**
 * The review page, one click from the panel's header (#19: it was linked from nowhere): shown once
 * a token connects the panel to a team, as the review API needs one.
 */
export function ReviewPageLink({ label }: { label: string }) {
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    void reviewAvailable().then(setConnected);
    return apiToken.watch(() => void reviewAvailable().then(setConnected));
  }, []);
  if (!connected) return null;
  return (
    <a class="link" href={reviewPageUrl()} target="_blank" rel="noopener" data-testid="review-page-link">
      {label}
    </a>
  );
}
