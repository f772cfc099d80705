import { useEffect, useState } from 'preact/hooks';

/**
 * A search box as an ARIA combobox, shared by the skill and the occupation search: it searches after
 * a short pause in typing (from two characters), ArrowDown/ArrowUp move through the hits, Enter picks
 * the active one (never submitting a surrounding form), Escape closes the list. A failed search
 * leaves the hits as they were.
 */
export function useSearchCombobox<T>(
  search: (query: string, signal: AbortSignal) => Promise<T[]>,
  deps: unknown[],
  onPick: (hit: T) => void,
  canPick: () => boolean = () => true,
) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<T[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (query.trim().length < 2) return setHits([]);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(query.trim(), controller.signal).then(
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
  }, [query, ...deps]);

  function pick(hit: T) {
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
      if (open && hit && canPick()) pick(hit);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return { query, setQuery, hits, active, expanded: open && query.trim().length >= 2, pick, onKeyDown };
}
