import type { PersonProfile } from '../../../shared/translation';
import { i18n } from '@/lib/i18n';

const GROUPS = ['motivation', 'values', 'workingStyle', 'teamContribution', 'learningNeeds'] as const;

/** Who the person is: motivation, values, working style, team contribution, learning needs. */
/** The profile is written in the vacancy's language (`language`); its headings are the interface's. */
export function PersonProfileView({ profile, language }: { profile: PersonProfile; language?: string }) {
  const groups = GROUPS.filter((group) => profile[group].length > 0);
  if (!profile.summary && groups.length === 0) return null;
  return (
    <section class="person-profile" data-testid="person-profile" aria-labelledby="profile-heading">
      <h3 id="profile-heading">{i18n.t('profile.heading')}</h3>
      {profile.summary && <p lang={language}>{profile.summary}</p>}
      <dl>
        {groups.map((group) => (
          <div key={group}>
            <dt>{i18n.t(`profile.${group}`)}</dt>
            <dd lang={language}>{profile[group].join('; ')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
