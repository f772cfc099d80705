import { useEffect, useState } from 'preact/hooks';
import type { Client } from '../../../shared/client';
import type { SkillHit } from '../../../shared/profiles';
import type { Language } from '../../../shared/schemas';
import { t } from './strings';

/**
 * Taxonomy search as an ARIA combobox: type, ArrowDown/ArrowUp through the hits, Enter adds the
 * active one, Escape closes the list. Searches GET /v1/skills after a short pause in typing.
 */
export function SkillSearch({ client, language, onPick }: { client: Client; language: Language; onPick: (hit: SkillHit) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SkillHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    if (query.trim().length < 2) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      client.searchSkills({ q: query.trim(), lang: language, limit: 10 }, controller.signal).then(
        (found) => {
          setHits(found);
          setActive(found.length ? 0 : -1);
          setOpen(true);
        },
        () => undefined,
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, language]);

  function pick(hit: SkillHit) {
    onPick(hit);
    setAnnounce(t('added', hit.label));
    setQuery('');
    setHits([]);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length ? (i + step + hits.length) % hits.length : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault(); // never submit the surrounding form from the search box
      const hit = hits[active];
      if (open && hit) pick(hit);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && query.trim().length >= 2;
  return (
    <div class="skill-search">
      <label for="skill-search">{t('searchSkills')}</label>
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
      <p id="skill-search-hint" class="muted">{t('searchHint')}</p>
      <ul id="skill-hits" role="listbox" aria-label={t('searchSkills')} hidden={!expanded}>
        {expanded && hits.length === 0 && <li class="muted">{t('noHits')}</li>}
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
            {hit.label}
            {hit.altLabel && <span class="muted" lang={hit.labelLanguage === 'nl' ? 'en' : 'nl'}> · {hit.altLabel}</span>}
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status">{announce}</p>
    </div>
  );
}
