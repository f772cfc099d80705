import { useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import type { AuditEntry } from '../../shared/profiles';
import { Own, PersonWithRole } from './names';
import { i18n, tOr } from '@/lib/i18n';
import { messageOf } from './use-review-client';

/** The audit log of one profile (who did what when), loaded when opened. */
export function ProfileHistory({ client, profileId, orgNames }: { client: Client; profileId: string; orgNames: Map<string, string> }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState('');

  function onToggle(event: Event) {
    if ((event.currentTarget as HTMLDetailsElement).open) client.profileAudit(profileId).then(setEntries, (e) => setError(messageOf(e)));
  }

  return (
    <details class="history" onToggle={onToggle} data-testid="history">
      <summary>{i18n.t('reviewPage.history')}</summary>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {entries === null && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {entries && (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              {new Date(entry.at).toLocaleString()} ·{' '}
              <span data-testid="history-author">
                <PersonWithRole who={entry.actor} />
              </span>
              {entry.actor.organizationId && (
                <>
                  , <Own>{orgNames.get(entry.actor.organizationId) ?? entry.actor.organizationId}</Own>
                </>
              )}{' '}
              · {tOr(`reviewPage.audit.${entry.action}`, entry.action)}
              {entry.version !== null && <> · {i18n.t('reviewPage.version', [entry.version])}</>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
