import { useEffect, useState } from 'preact/hooks';
import { db, type Draft } from '@/store/db';
import { drafts } from '@/store/drafts';
import { i18n, uiLanguage } from '@/lib/i18n';
import { jobTitle } from '@/sidepanel/job-title';

/** Earlier vacancies from the local history, newest first; any one can be reopened. */
export function HistoryList({ onOpen }: { onOpen: (id: string) => void }) {
  const [items, setItems] = useState<Draft[]>([]);
  useEffect(() => void drafts(db()).history(10).then(setItems), []);
  if (items.length === 0) return null;
  const date = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{i18n.t('start.history')}</h2>
      <ul class="history">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" class="link" onClick={() => onOpen(item.id)}>
              {jobTitle(item.vacancy, item.translation) ?? i18n.t('start.noTitle')}
            </button>{' '}
            <span class="muted">{date.format(item.updatedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
