import type { ProfileStatus } from '../../shared/profiles';
import { i18n } from '@/lib/i18n';

/** A profile's status as a small label; the status code stays in data-status for styling and tests. */
export function StatusBadge({ status }: { status: ProfileStatus }) {
  return (
    <span class={`badge status-${status}`} data-status={status}>
      {i18n.t(`reviewPage.status.${status}`)}
    </span>
  );
}
