/**
 * What the finish step hands out (#19: approved = published). Until the expertise team decides,
 * the vacancy as the employer decided it in the panel; after "changes requested", the team's
 * version with the panel's edits since merged in, as submitting again will send it; once approved,
 * the approved version exactly as the API holds it (its Markdown byte for byte, its blocks for
 * HTML, plain text and the editor), as long as the employer changed nothing in the panel since.
 */
import { decide, renderHtml, spliceText } from '../../shared/blocks';
import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
// The review page's three-way merge is pure: the panel shows what submitting again will send.
import { mergeEdits } from '../review-page/merge';
import { appliedTranslation, decidedVacancy, type DecidedVacancy } from './compose';
import type { CardVerdict, Draft } from '../store/db';
import { buildCards } from './review';

export interface HandedOut {
  decided: DecidedVacancy;
  /** The translation and decisions the exports read (skills, JSON-LD) beside the text. */
  translation: Translation;
  decisions: Record<string, CardVerdict>;
  /** The approved version handed out, or null when it is the panel's own. */
  approvedVersion: number | null;
  /** Approved, but the employer changed the vacancy in the panel since: their own version is handed out. */
  changedSinceApproval: boolean;
  /** After "changes requested": the team's version (this one) with the panel's edits merged in. */
  teamVersion: number | null;
}

/** The approved text as it stands: every block as saved, nothing decided again. */
export function approvedVacancy(translation: Translation, vacancy: Vacancy): DecidedVacancy {
  const blocks = translation.rewritten.blocks;
  if (!blocks.length) return { ...decidedVacancy(translation, vacancy, {}), markdown: translation.rewritten.markdown };
  return {
    blocks: decide(blocks, vacancy.text),
    markdown: translation.rewritten.markdown,
    html: renderHtml(blocks, vacancy.text),
    text: spliceText(vacancy.text, blocks),
  };
}

/** Every card accepted: the approved translation's changes are what the team approved. */
const acceptedAll = (translation: Translation): Record<string, CardVerdict> =>
  Object.fromEntries(buildCards(translation).map((card) => [card.id, { status: 'accepted' as const }]));

export function handedOut(draft: Pick<Draft, 'translation' | 'vacancy' | 'decisions' | 'review'>): HandedOut {
  const own = decidedVacancy(draft.translation, draft.vacancy, draft.decisions);
  const mine = {
    decided: own,
    translation: draft.translation,
    decisions: draft.decisions,
    approvedVersion: null,
    changedSinceApproval: false,
    teamVersion: null,
  };
  const review = draft.review;
  if (review?.status === 'changes_requested' && review.requested) {
    const { base, baseTitle, translation, title, version } = review.requested;
    const merged = mergeEdits(
      { title: baseTitle, translation: base },
      { title: baseTitle, translation: appliedTranslation(draft.translation, draft.vacancy, draft.decisions) },
      { title, translation },
      draft.vacancy.text,
    ).translation;
    return { ...mine, decided: approvedVacancy(merged, draft.vacancy), translation: merged, decisions: acceptedAll(merged), teamVersion: version };
  }
  const approved = review?.status === 'approved' ? review.approved : null;
  if (!approved) return mine;
  const sent = review?.sentMarkdown ?? null;
  if (sent !== null && sent !== own.markdown) return { ...mine, changedSinceApproval: true };
  return {
    ...mine,
    decided: approvedVacancy(approved.translation, draft.vacancy),
    translation: approved.translation,
    decisions: acceptedAll(approved.translation),
    approvedVersion: approved.version,
  };
}
