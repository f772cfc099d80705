import type { ListedVacancy } from '../../page/capture/listing';
import { i18n } from '@/lib/i18n';
import { ExternalLink } from '../../lib/external-link';

/**
 * The vacancies a refused listing links to (#17): each title a link to its own page, opened in a new
 * tab by the user, where Vaardig can read it. The titles are the page's words, in the page's language.
 */
export function ListedVacancies({ listed, language }: { listed: ListedVacancy[]; language?: string | null }) {
  if (listed.length === 0) return null;
  return (
    <section class="listed" aria-labelledby="listed-heading" data-testid="listed-vacancies">
      <h3 id="listed-heading">{i18n.t('errors.listed.heading', [String(listed.length)])}</h3>
      <ul lang={language ?? ''}>
        {listed.map((item) => (
          <li key={item.url}>
            <ExternalLink href={item.url}>{item.title}</ExternalLink>
          </li>
        ))}
      </ul>
      <p class="muted">{i18n.t('errors.listed.hint')}</p>
    </section>
  );
}
