import { useEffect, useState } from 'preact/hooks';
import { i18n } from '@/lib/i18n';
import type { Busy } from '@/sidepanel/panel-state';

/** Shown only when work takes longer than 300 ms, so fast answers do not flicker; the work can be cancelled (#17). */
export function ProgressNote({ busy, onCancel }: { busy: Busy; onCancel: () => void }) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    setLate(false);
    if (!busy) return;
    const timer = setTimeout(() => setLate(true), 300);
    return () => clearTimeout(timer);
  }, [busy?.step]);
  if (!busy || !late) return null;
  const label = busy.step === 'reading' ? i18n.t('progress.reading') : i18n.t('progress.translating', [busy.title ?? i18n.t('progress.vacancy')]);
  return (
    <div class="progress" data-testid="progress">
      <progress aria-label={label} />
      <p>{label}</p>
      <button type="button" class="secondary" onClick={onCancel}>
        {i18n.t('progress.cancel')}
      </button>
    </div>
  );
}
