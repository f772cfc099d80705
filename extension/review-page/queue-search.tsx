import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';

/**
 * The queue's search box (#19: thirty a day): the title or the organisation's name. What is typed
 * goes into the address after a short pause (Enter at once), so the list does not reload on every
 * key; "/" anywhere on the queue comes here, ArrowDown goes on to the results.
 * Long: the search box with its debounce, the address's echo and its keys.
 */
export function QueueSearch({ value, onSearch, onLeave }: { value: string; onSearch: (q: string) => void; onLeave: () => void }) {
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  // What this box last put in the address: its echo must not overwrite what was typed since.
  const sent = useRef(value);

  // The address changed by other means (Back, a reload, a link): the box follows it.
  useEffect(() => {
    if (value.trim() !== sent.current.trim() && value.trim() !== text.trim()) setText(value);
    sent.current = value;
  }, [value]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement).closest?.('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      clearTimeout(timer.current);
    };
  }, []);

  const send = (q: string) => {
    clearTimeout(timer.current);
    if (q.trim() === value.trim()) return;
    sent.current = q;
    onSearch(q);
  };

  return (
    <div class="queue-search">
      <label for="queue-search">{i18n.t('reviewPage.search')}</label>
      <input
        id="queue-search"
        ref={input}
        type="search"
        maxLength={100}
        autocomplete="off"
        aria-describedby="queue-search-hint"
        value={text}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setText(q);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => send(q), 300);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') send(text);
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            send(text);
            onLeave();
          }
        }}
      />
      <p class="muted" id="queue-search-hint">
        {i18n.t('reviewPage.searchQueueHint')}
      </p>
    </div>
  );
}
