import { useEffect, useState } from 'preact/hooks';
import type { Language, OccupationHit } from '../../shared/schemas';
import { api } from '@/lib/api';
import { i18n } from '@/lib/i18n';

/**
 * ESCO occupations as an ARIA combobox (#15): type, ArrowDown/ArrowUp through the hits, Enter picks
 * the active one, Escape closes the list. Searches GET /v1/occupations after a short pause in typing.
 */
export function OccupationSearch({ language, disabled, onPick }: { language: Language; disabled: boolean; onPick: (hit: OccupationHit) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<OccupationHit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (query.trim().length < 2) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const found = await (await api()).searchOccupations({ q: query.trim(), lang: language }, controller.signal);
        setHits(found.occupations);
        setActive(found.occupations.length ? 0 : -1);
        setOpen(true);
      } catch {
        // A failed search shows no hits; the candidates above still work.
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, language]);

  function pick(hit: OccupationHit) {
    onPick(hit);
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
      event.preventDefault();
      const hit = hits[active];
      if (open && hit && !disabled) pick(hit);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && query.trim().length >= 2;
  return (
    <div class="occupation-search">
      <label for="occupation-search">{i18n.t('occupation.search')}</label>
      <input
        id="occupation-search"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="occupation-hits"
        aria-expanded={expanded}
        aria-activedescendant={expanded && active >= 0 ? `occupation-hit-${active}` : undefined}
        aria-describedby="occupation-search-hint"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="occupation-search-hint" class="muted">{i18n.t('occupation.searchHint')}</p>
      <ul id="occupation-hits" class="hits" role="listbox" aria-label={i18n.t('occupation.search')} hidden={!expanded}>
        {expanded && hits.length === 0 && <li class="muted">{i18n.t('occupation.noHits')}</li>}
        {hits.map((hit, i) => (
          <li
            key={hit.uri}
            id={`occupation-hit-${i}`}
            role="option"
            aria-selected={i === active}
            aria-disabled={disabled}
            class={i === active ? 'active' : ''}
            lang={language}
            onMouseDown={(e) => {
              e.preventDefault();
              if (!disabled) pick(hit);
            }}
          >
            {hit.label}
            {hit.matched && <span class="muted"> · {i18n.t('occupation.also', [hit.matched])}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
