import type { Change, Requirement, Span, Translation, Warning } from '../../shared/translation';
import { ExternalLink } from '../lib/external-link';
import { i18n, keyPart, tKey } from '@/lib/i18n';
import { Message } from '@/lib/message';

/**
 * Why the text says what it says (#19): per requirement the action the engine took, its reason,
 * the skills it became, its legal basis and any warning; and the occupation with its certainty.
 * Shown beside the lines they explain, so a reviewer judges a change without leaving it.
 */

const overlaps = (a: Span | null, b: Span | null) => !!a && !!b && a.start < b.end && b.start < a.end;

/** A requirement's warnings: the engine's warnings over its words, and its changes of kind "warn". */
function warningsOf(translation: Translation, requirement: Requirement): string[] {
  const own = translation.warnings.filter((w) => overlaps(w.span, requirement.span)).map((w) => w.message);
  const changes = translation.changes.filter((c) => c.requirementId === requirement.id && c.action === 'warn').map((c) => c.reason);
  return [...new Set([...own, ...changes].filter(Boolean))];
}

/** Warnings that belong to no requirement: shown once, with the requirements no line carries. */
export function unplacedWarnings(translation: Translation): Warning[] {
  return translation.warnings.filter((w) => !translation.requirements.some((r) => overlaps(w.span, r.span)));
}

/** Long: markup, one part per kind of evidence (cards, skills, the law, warnings). */
function RequirementEvidence({ translation, requirement }: { translation: Translation; requirement: Requirement }) {
  const changes: Change[] = translation.changes.filter((c) => c.requirementId === requirement.id && c.action !== 'warn');
  const skills = translation.skills.filter((s) => s.requirementIds.includes(requirement.id));
  const basis = requirement.legalBasis;
  const warnings = warningsOf(translation, requirement);
  const action = changes[0]?.action ?? (requirement.legal ? 'keep-legal' : 'none');
  // Each text says its language (#17): the posting's words in the posting's, the engine's reasons and
  // warnings in the language the employer asked them in, the law in Dutch.
  const said = translation.uiLanguage ?? translation.language;
  return (
    <li data-testid="evidence" data-requirement={requirement.id}>
      <p>
        <span class="muted">
          {i18n.t('reviewPage.requirement')} ({i18n.t(`reviewPage.kind.${requirement.kind}`)},{' '}
          {i18n.t(requirement.mandatory ? 'reviewPage.mandatory' : 'reviewPage.plus')}):{' '}
        </span>
        ‘<span lang={translation.language}>{requirement.text}</span>’ →{' '}
        <strong data-testid="evidence-action">{tKey(`reviewPage.action.${keyPart(action)}`)}</strong>
      </p>
      {changes
        .map((c) => c.reason)
        .filter(Boolean)
        .map((reason) => (
          <p class="muted" lang={said}>
            {reason}
          </p>
        ))}
      {skills.length > 0 && (
        <p data-testid="evidence-skills">
          {i18n.t('reviewPage.evidenceSkills')}:{' '}
          {skills.map((s, i) => (
            <>
              {i > 0 && ', '}
              <span lang={s.labelLanguage}>
                <ExternalLink href={s.uri} otherwise={<span>{s.label}</span>}>
                  {s.label}
                </ExternalLink>
              </span>{' '}
              <span class="muted">({i18n.t(s.mustHave ? 'reviewPage.skillDayOne' : 'reviewPage.skillLearn')})</span>
            </>
          ))}
        </p>
      )}
      {basis && (
        <p data-testid="evidence-legal">
          <strong>
            {i18n.t(
              basis.verified === false
                ? basis.jurisdiction === 'NL'
                  ? 'reviewPage.legalUnchecked'
                  : 'reviewPage.legalUnverified'
                : requirement.legal
                  ? 'reviewPage.legalRequired'
                  : 'reviewPage.legalRelated',
            )}
          </strong>
          : <span lang={said}>{basis.name}</span> —{' '}
          <span lang="nl">
            <ExternalLink href={basis.url} otherwise={<span>{basis.citation}</span>}>
              {basis.citation}
            </ExternalLink>
          </span>
          {basis.obtainableAfterHiring && (
            <>
              {' '}
              {i18n.t('reviewPage.legalAfterHiring')} <span lang="nl">{basis.obtainableDetail}</span>
            </>
          )}
        </p>
      )}
      {warnings.map((message) => (
        <p class="warning" data-testid="evidence-warning">
          <strong>{i18n.t('reviewPage.warning')}:</strong> <span lang={said}>{message}</span>
        </p>
      ))}
    </li>
  );
}

/** The evidence for the requirements a line of the text carries. */
export function Evidence({ translation, ids }: { translation: Translation; ids: string[] }) {
  const requirements = ids.map((id) => translation.requirements.find((r) => r.id === id)).filter((r): r is Requirement => !!r);
  if (!requirements.length) return null;
  return (
    <ul class="evidence" aria-label={i18n.t('reviewPage.evidenceHeading')}>
      {requirements.map((r) => (
        <RequirementEvidence key={r.id} translation={translation} requirement={r} />
      ))}
    </ul>
  );
}

/** Requirements no line carries, and warnings about no requirement. */
export function OtherEvidence({ translation, shown }: { translation: Translation; shown: Set<string> }) {
  const rest = translation.requirements.filter((r) => !shown.has(r.id));
  const warnings = unplacedWarnings(translation);
  if (!rest.length && !warnings.length) return null;
  return (
    <section aria-labelledby="evidence-other-heading" data-testid="evidence-other">
      <h4 id="evidence-other-heading">{i18n.t('reviewPage.evidenceOther')}</h4>
      <ul class="evidence">
        {rest.map((r) => (
          <RequirementEvidence key={r.id} translation={translation} requirement={r} />
        ))}
        {warnings.map((w) => (
          <li class="warning" data-testid="evidence-warning">
            <strong>{i18n.t('reviewPage.warning')}:</strong> <span lang={translation.uiLanguage ?? translation.language}>{w.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The occupation the engine claimed, how sure it was, or the ones it considered. */
export function OccupationEvidence({ translation }: { translation: Translation }) {
  const occupation = translation.occupation;
  const percent = (score: number) => Math.round(score * 100);
  const candidates = translation.occupationCandidates ?? [];
  // ESCO's label in the vacancy's language, inside a sentence of the interface (#17).
  const label = (text: string) => <span lang={translation.language}>{text}</span>;
  return (
    <p data-testid="occupation">
      <span class="muted">{i18n.t('reviewPage.occupation')}: </span>
      {occupation ? (
        <ExternalLink href={occupation.uri} otherwise={label(occupation.label)}>
          {occupation.chosen ? (
            <Message id="reviewPage.occupationChosen" parts={[label(occupation.label)]} />
          ) : (
            <Message id="reviewPage.occupationCertainty" parts={[label(occupation.label), percent(occupation.score)]} />
          )}
        </ExternalLink>
      ) : (
        <>
          {i18n.t('reviewPage.occupationNone')}
          {candidates.length > 0 && (
            <>
              {' '}
              <Message
                id="reviewPage.occupationCandidates"
                parts={[
                  candidates.map((c, i) => (
                    <>
                      {i > 0 && ', '}
                      {label(c.label)} ({percent(c.score)} %)
                    </>
                  )),
                ]}
              />
            </>
          )}
        </>
      )}
    </p>
  );
}
