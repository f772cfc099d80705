import { useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import type { Language } from '../../shared/locale';
import type { SkillHit } from '../../shared/profiles';
import { useSearchCombobox } from '../lib/use-search-combobox';
import { i18n } from '@/lib/i18n';

/**
 * Taxonomy search as an ARIA combobox: type, ArrowDown/ArrowUp through the hits, Enter adds the
 * active one, Escape closes the list. Searches GET /v1/skills after a short pause in typing. Each hit
 * says its label's language and, when found through an occupation, a skill group or an English
 * term for the Dutch word, which (#19).
 * Long: markup of an accessible combobox (roles, states, a live announcement).
 */
export function SkillSearch({ client, language, onPick }: { client: Client; language: Language; onPick: (hit: SkillHit) => void }) {
  const [announce, setAnnounce] = useState('');
  const { query, setQuery, hits, active, expanded, pick, onKeyDown } = useSearchCombobox<SkillHit>(
    (q, signal) => client.searchSkills({ q, lang: language, limit: 10 }, signal),
    [language],
    (hit) => {
      onPick(hit);
      setAnnounce(i18n.t('reviewPage.added', [hit.label]));
    },
  );

  return (
    <div class="skill-search">
      <label for="skill-search">{i18n.t('reviewPage.searchSkills')}</label>
      <input
        id="skill-search"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="skill-hits"
        aria-expanded={expanded}
        aria-activedescendant={expanded && active >= 0 ? `skill-hit-${active}` : undefined}
        aria-describedby="skill-search-hint"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="skill-search-hint" class="muted">
        {i18n.t('reviewPage.searchHint')}
      </p>
      <ul id="skill-hits" role="listbox" aria-label={i18n.t('reviewPage.searchSkills')} hidden={!expanded}>
        {expanded && hits.length === 0 && <li class="muted">{i18n.t('reviewPage.noHits')}</li>}
        {hits.map((hit, i) => (
          <li
            id={`skill-hit-${i}`}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              pick(hit);
            }}
          >
            <span lang={hit.labelLanguage}>{hit.label}</span>
            <span class={hit.labelLanguage === language ? 'muted' : 'badge'}> {i18n.t(`reviewPage.label.${hit.labelLanguage}`)}</span>
            {hit.altLabel && (
              <span class="muted" lang={hit.labelLanguage === 'nl' ? 'en' : 'nl'}>
                {' '}
                · {hit.altLabel}
              </span>
            )}
            {hit.groupLabel && (
              <span class="muted">
                {' '}
                · <span lang="nl">{hit.groupLabel}</span>
              </span>
            )}
            {hit.via && (
              <span class="muted">
                {' '}
                · {i18n.t(`reviewPage.via.${hit.via.kind}`, [''])}
                <span lang={hit.via.labelLanguage}>{hit.via.label}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
