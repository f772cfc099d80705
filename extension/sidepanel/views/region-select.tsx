import type { Region } from '../../../shared/locale';
import type { Draft } from '@/store/db';
import { i18n } from '@/lib/i18n';
import type { PanelState } from '@/sidepanel/panel-state';

/** The region the translation assumed, and a choice that translates the vacancy again for the other one (#16). */
export function RegionSelect({ panel, draft }: { panel: PanelState; draft: Draft }) {
  const region = draft.translation.region ?? null;
  return (
    <p class="muted region-line">
      <label for="posting-region" style={{ display: 'inline', fontWeight: 'normal' }}>
        {i18n.t('review.region')}
      </label>{' '}
      <select
        id="posting-region"
        data-testid="posting-region"
        value={region ?? ''}
        disabled={panel.busy !== null}
        onChange={(e) => void panel.changeRegion(e.currentTarget.value as Region)}
        style={{ width: 'auto', display: 'inline-block', margin: 0, padding: '2px 4px' }}
      >
        {region === null && <option value="">{i18n.t('review.regionUnknown')}</option>}
        <option value="NL">{i18n.t('options.postingRegionNl')}</option>
        <option value="BE">{i18n.t('options.postingRegionBe')}</option>
        <option value="abroad">{i18n.t('options.postingRegionAbroad')}</option>
      </select>
    </p>
  );
}
