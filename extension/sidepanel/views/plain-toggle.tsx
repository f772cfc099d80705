import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';

/** Plain language on or off, in the panel itself (#17): before, only the settings page had it. */
export function PlainToggle({ panel }: { panel: PanelState }) {
  return (
    <label class="toggle" data-testid="plain-toggle">
      {/* biome-ignore lint/a11y/useAriaPropsForRole: a checkbox's own checked state is the switch's state (ARIA in HTML) */}
      <input type="checkbox" role="switch" checked={panel.plain} onChange={(event) => void panel.setPlain(event.currentTarget.checked)} />
      {i18n.t('plain.toggle')}
    </label>
  );
}
