import type { Language } from '../../../shared/locale';
import type { OccupationHit } from '../../../shared/occupations';
import { api } from '@/lib/api';
import { i18n } from '@/lib/i18n';
import { useSearchCombobox } from '../../lib/use-search-combobox';
import { Message } from '@/lib/message';

/**
 * ESCO occupations as an ARIA combobox (#15): type, ArrowDown/ArrowUp through the hits, Enter picks
 * the active one, Escape closes the list. Searches GET /v1/occupations after a short pause in typing.
 */
export function OccupationSearch({ language, disabled, onPick }: { language: Language; disabled: boolean; onPick: (hit: OccupationHit) => void }) {
  const { query, setQuery, hits, active, expanded, pick, onKeyDown } = useSearchCombobox<OccupationHit>(
    async (q, signal) => (await (await api()).searchOccupations({ q, lang: language }, signal)).occupations,
    [language],
    onPick,
    () => !disabled,
  );

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
      <p id="occupation-search-hint" class="muted">
        {i18n.t('occupation.searchHint')}
      </p>
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
            onMouseDown={(e) => {
              e.preventDefault();
              if (!disabled) pick(hit);
            }}
          >
            <span lang={language}>{hit.label}</span>
            {hit.matched && (
              <span class="muted">
                {' '}
                · <Message id="occupation.also" parts={[<span lang={language}>{hit.matched}</span>]} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
