import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Client } from '../../shared/client';
import type { Profile, ProfileVersion } from '../../shared/profiles';
import type { Skill } from '../../shared/translation';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { TextDiff } from './text-diff';
import { lineRows } from './text-rows';
import { messageOf } from './use-review-client';

/**
 * The version a resubmission is best read against: the last one decided on before this one (what
 * the reviewer asked changes on), else the one before.
 */
export function baselineVersion(profile: Pick<Profile, 'version' | 'decisions'>): number | null {
  if (profile.version < 2) return null;
  const decided = profile.decisions.filter((d) => d.version < profile.version).at(-1);
  return decided?.version ?? profile.version - 1;
}

/**
 * What changed between an earlier version and this one: title, skills, and the text line by line (#19).
 * Long: the version picker, its loading and the three comparisons in one view.
 */
export function VersionDiff({ client, profile }: { client: Client; profile: Profile }) {
  const [compareWith, setCompareWith] = useState<number | null>(() => baselineVersion(profile));
  const [older, setOlder] = useState<ProfileVersion | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setOlder(null);
    setError('');
    if (compareWith === null) return;
    client.profileVersion(profile.id, compareWith).then(setOlder, (e) => setError(messageOf(e)));
  }, [compareWith, profile.id]);
  const rows = useMemo(
    () => (older ? lineRows(older.translation.rewritten.markdown, profile.translation.rewritten.markdown).filter((row) => row.state !== 'same') : []),
    [older, profile.translation.rewritten.markdown],
  );
  if (profile.version < 2 || compareWith === null) return null;

  const decidedOn = new Map(profile.decisions.map((d) => [d.version, d.decision]));
  const labels = (skills: Skill[]) => new Map(skills.map((s) => [s.uri ?? s.label, s]));
  const before = older ? labels(older.translation.skills) : new Map<string, Skill>();
  const now = labels(profile.translation.skills);
  const added = [...now].filter(([key]) => older && !before.has(key)).map(([, skill]) => skill);
  const removed = [...before].filter(([key]) => !now.has(key)).map(([, skill]) => skill);
  // Each label in its own language, the titles in the vacancy's, inside the interface's sentence (#17).
  const list = (skills: Skill[]) =>
    skills.map((s, i) => (
      <>
        {i > 0 && ', '}
        <span lang={s.labelLanguage}>{s.label}</span>
      </>
    ));
  const language = profile.translation.language;
  return (
    <section aria-labelledby="versions-heading" data-testid="version-diff" data-compare={compareWith}>
      <h3 id="versions-heading">{i18n.t('reviewPage.versionsHeading')}</h3>
      <label for="compare-with">{i18n.t('reviewPage.compareWith', [profile.version])}</label>
      <select id="compare-with" value={String(compareWith)} onChange={(e) => setCompareWith(Number(e.currentTarget.value))}>
        {Array.from({ length: profile.version - 1 }, (_, i) => i + 1).map((v) => (
          <option value={String(v)}>
            {decidedOn.has(v)
              ? i18n.t('reviewPage.versionDecided', [v, i18n.t(`reviewPage.status.${decidedOn.get(v)!}`)])
              : i18n.t('reviewPage.versionOption', [v])}
          </option>
        ))}
      </select>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {older && (
        <>
          {older.title !== profile.title && (
            <p data-testid="version-title">
              <Message id="reviewPage.versionTitle" parts={[<span lang={language}>{older.title}</span>, <span lang={language}>{profile.title}</span>]} />
            </p>
          )}
          {added.length > 0 && (
            <p data-testid="version-skills-added">
              <Message id="reviewPage.versionSkillsAdded" parts={[list(added)]} />
            </p>
          )}
          {removed.length > 0 && (
            <p data-testid="version-skills-removed">
              <Message id="reviewPage.versionSkillsRemoved" parts={[list(removed)]} />
            </p>
          )}
          {rows.length ? (
            <TextDiff
              rows={rows}
              language={profile.translation.language}
              testId="version-text"
              label={i18n.t('reviewPage.versionsHeading')}
              columns={[i18n.t('reviewPage.versionOption', [compareWith]), i18n.t('reviewPage.versionOption', [profile.version])]}
            />
          ) : (
            <p class="muted">{i18n.t('reviewPage.versionNoChange')}</p>
          )}
        </>
      )}
    </section>
  );
}
