import { describe, expect, it } from 'vitest';
import { approvedVacancy, handedOut } from '../approved';
import { appliedTranslation, decidedVacancy } from '../compose';
import type { CardVerdict, DraftReview } from '../../store/db';
import { acceptAll, translation, vacancy } from './translation-fixture';

const some: Record<string, CardVerdict> = { ...acceptAll, r1: { status: 'rejected' }, r3: { status: 'edited', text: 'Je verwerkt orders' } };
const applied = appliedTranslation(translation, vacancy, some);
const review = (patch: Partial<DraftReview>): DraftReview => ({
  profileId: 'p1',
  status: 'approved',
  outboxKey: 'k',
  version: 1,
  sentMarkdown: applied.rewritten.markdown,
  comments: [],
  stateTag: null,
  approved: null,
  requested: null,
  ...patch,
});

/** The approved version with one line edited by the team: block b7 as they wrote it. */
const edited = {
  ...applied,
  rewritten: {
    ...applied.rewritten,
    blocks: applied.rewritten.blocks.map((block) =>
      block.id === 'b7' ? { ...block, kind: 'changed' as const, markdown: '- Je verwerkt orders in het systeem' } : block,
    ),
    markdown: 'the approved Markdown, as the API holds it\n',
  },
};

describe('approvedVacancy: the approved version as it stands (#19)', () => {
  it('approving what the panel sent hands out the same text, HTML and blocks the panel had', () => {
    const own = decidedVacancy(translation, vacancy, some);
    const approved = approvedVacancy(applied, vacancy);
    expect(approved.markdown).toBe(own.markdown);
    expect(approved.html).toBe(own.html);
    expect(approved.text).toBe(own.text);
  });

  it('the Markdown is the API’s byte for byte; the team’s edit reaches HTML and the plain text', () => {
    const approved = approvedVacancy(edited, vacancy);
    expect(approved.markdown).toBe('the approved Markdown, as the API holds it\n');
    expect(approved.html).toContain('Je verwerkt orders in het systeem');
    expect(approved.text).toContain('Je verwerkt orders in het systeem');
  });
});

describe('handedOut: what the finish step copies, exports and writes back', () => {
  it.each<[string, DraftReview | null, number | null, boolean]>([
    ['not submitted: the panel’s own', null, null, false],
    ['under review: the panel’s own', review({ status: 'submitted' }), null, false],
    ['approved: the approved version', review({ approved: { version: 3, title: 'T', translation: edited } }), 3, false],
    [
      'approved, sent before #19 (no sent text kept): the approved version',
      review({ sentMarkdown: null, approved: { version: 3, title: 'T', translation: edited } }),
      3,
      false,
    ],
    [
      'approved, changed in the panel since: the panel’s own, and it says so',
      review({ sentMarkdown: 'older', approved: { version: 3, title: 'T', translation: edited } }),
      null,
      true,
    ],
    ['asked for changes before #19 (no versions kept): the panel’s own', review({ status: 'changes_requested' }), null, false],
  ])('%s', (_name, draftReview, version, changed) => {
    const out = handedOut({ translation, vacancy, decisions: some, review: draftReview });
    expect(out.approvedVersion).toBe(version);
    expect(out.changedSinceApproval).toBe(changed);
    expect(out.decided.markdown).toBe(version ? edited.rewritten.markdown : decidedVacancy(translation, vacancy, some).markdown);
    // The exports read the approved translation with every change accepted: its skills stay.
    if (version) expect(Object.values(out.decisions).every((d) => d.status === 'accepted')).toBe(true);
  });
});

describe('handedOut after "changes requested": the team’s version with the panel’s edits since', () => {
  it('the team’s edit of one line and the employer’s new wording of another both stand, as submitting again sends them', () => {
    const team = { ...edited, rewritten: { ...edited.rewritten, markdown: 'whatever the API rendered' } };
    const requested = { version: 2, title: 'T', translation: team, baseTitle: 'T', base: applied };
    const now: Record<string, CardVerdict> = { ...some, r4: { status: 'edited', text: 'Je werkt graag samen' } };
    const out = handedOut({ translation, vacancy, decisions: now, review: review({ status: 'changes_requested', requested }) });
    expect(out.teamVersion).toBe(2);
    expect(out.decided.markdown).toContain('Je verwerkt orders in het systeem');
    expect(out.decided.markdown).toContain('Je werkt graag samen');
    expect(out.decided.text).toContain('Je verwerkt orders in het systeem');
    // Nothing changed in the panel since it was sent: the team's version as it is.
    const still = handedOut({ translation, vacancy, decisions: some, review: review({ status: 'changes_requested', requested }) });
    expect(still.decided.markdown).toBe('whatever the API rendered');
  });
});
