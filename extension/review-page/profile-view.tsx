/**
 * One profile on the review page: its text, the evidence, skills, person profile and learning
 * routes, editing them, comments, the claim, the decision and the history. Long: ProfileView holds
 * the state these share (the draft, the merge with a colleague's save, what a save would be refused
 * for); each part is a component of its own.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { renderMarkdown } from '../../shared/blocks';
import { authorize, type ProfileAction } from '../../shared/profile-access';
import { ApiError, type Client } from '../../shared/client';
import { editProblems, type DecisionKind, type Me, type Profile, type ProfileSummary } from '../../shared/profiles';
import type { Tagged } from '../../shared/profiles-client';
import type { Block, Translation } from '../../shared/translation';
import { ClaimBar } from './claim-bar';
import { CommentThread } from './comment-thread';
import { DecisionBar } from './decision-bar';
import { OccupationEvidence, OtherEvidence } from './evidence';
import { ExportText } from './export-text';
import { LearningRoutesEditor } from './learning-routes-editor';
import { MergeNotice, type MergeState } from './merge-notice';
import { mergeEdits } from './merge';
import { Own } from './names';
import { PersonProfileEditor } from './person-profile-editor';
import { PresenceLine, usePresence } from './presence';
import { ProfileHistory } from './profile-history';
import { queryFor, type QueueFilters } from './queue-url';
import { SkillsEditor } from './skills-editor';
import { StatusBadge } from './status-badge';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { TextDiff } from './text-diff';
import { blockRows, editBlock, lineRows, restoreBlock } from './text-rows';
import { messageOf } from './use-review-client';
import { VersionDiff } from './version-diff';

type Loaded = Tagged<Profile>;

/**
 * What the caller may do here: the API's own rule (shared/profile-access.ts) on a profile the
 * caller could open, so a team's reviewer serves its employer. It hides what would be refused.
 */
function abilities(me: Me, profile: Profile) {
  const facts = { organizationId: profile.organization.id, status: profile.status, callerServesOwner: true };
  const may = (action: ProfileAction) => authorize(me, facts, action).ok;
  return {
    edit: may('update'),
    decide: may('decide'),
    // The API takes a submitted profile's submission again; the page offers no button for that.
    submit: may('submit') && profile.status !== 'submitted',
  };
}

/** Organisation names the page knows, for the history (the audit log carries ids). */
function orgNames(me: Me, profile: Profile): Map<string, string> {
  const names = new Map([
    [me.organization.id, me.organization.name],
    [profile.organization.id, profile.organization.name],
  ]);
  for (const org of me.clients) names.set(org.id, org.name);
  for (const item of [...profile.comments, ...profile.decisions]) names.set(item.author.organizationId, item.author.organizationName);
  return names;
}

interface Problems {
  title: string | null;
  routes: Map<number, string>;
  messages: string[];
  first: string | null;
}
const NO_PROBLEMS: Problems = { title: null, routes: new Map(), messages: [], first: null };

/** What a save would be refused for (the API's own rule, shared/profiles.ts), in the interface language. */
function problemsOf(title: string, translation: Translation): Problems {
  const out: Problems = { title: null, routes: new Map(), messages: [], first: null };
  if (!title.trim()) {
    out.title = i18n.t('reviewPage.invalid.title');
    out.messages.push(out.title);
    out.first = 'profile-title';
  }
  for (const problem of editProblems(translation)) {
    const message = i18n.t(`reviewPage.invalid.${problem.code}`, [problem.index + 1]);
    out.messages.push(message);
    if (problem.code === 'routeTitle' || problem.code === 'routeUrl') {
      out.routes.set(problem.index, message);
      out.first ??= `route-title-${problem.index}`;
    }
  }
  return out;
}

/** The text's rows: its blocks beside the lines they replaced, else the proposal line by line against the original. */
function rowsOf(translation: Translation, original: string | null) {
  const blocks = translation.rewritten.blocks;
  if (original !== null && blocks.some((b) => b.source)) return { rows: blockRows(blocks, original), blocks: true };
  return { rows: lineRows(original ?? '', translation.rewritten.markdown), blocks: false };
}

/**
 * One profile: the text with its evidence in one scroll, the editable parts, versions, comments, decision.
 * Long: the profile, the draft and a stale save's conflict are state every part edits (see the file's top).
 */
export function ProfileView({ client, me, id, backHref = '#/', queue }: { client: Client; me: Me; id: string; backHref?: string; queue?: QueueFilters }) {
  const [profile, setProfile] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<Translation | null>(null);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  /** After a stale save: whose version came in between, and what both changed. */
  const [merge, setMerge] = useState<MergeState | null>(null);
  const [dirty, setDirty] = useState(false);
  const [title, setTitle] = useState('');
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  /** After a decision: the next profile of the queue (its filters), or 'none'. */
  const [next, setNext] = useState<Pick<ProfileSummary, 'id' | 'title'> | 'none' | null>(null);
  const nextLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => nextLink.current?.focus(), [next]);

  /** Show a loaded profile; unsaved edits survive a refresh that only brings new comments. */
  const show = (loaded: Loaded, keepEdits = false) => {
    setProfile(loaded);
    if (keepEdits && dirty) return;
    setDraft(loaded.translation);
    setTitle(loaded.title);
    setProblems(NO_PROBLEMS);
    setMerge(null);
    setDirty(false);
  };
  const viewers = usePresence(client, id);
  const load = () =>
    client.getProfile(id).then(
      (p) => {
        show(p);
        setConflict(null);
      },
      (e) => setMessage(messageOf(e)),
    );
  useEffect(() => void load(), [id]);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = profile !== null;
  useEffect(() => heading.current?.focus(), [loaded]);
  const original = profile?.vacancy?.text ?? null;
  const text = useMemo(() => (draft ? rowsOf(draft, original) : null), [draft, original]);

  if (!profile || !draft) {
    if (!message)
      return (
        <p class="muted" role="status">
          {i18n.t('reviewPage.loading')}
        </p>
      );
    // Not there, not theirs, or not reachable: say so in the interface language, with a way back.
    return (
      <article class="profile" data-testid="profile-missing">
        <h2>{i18n.t('reviewPage.profileMissing')}</h2>
        <p class="error" role="alert">
          {message}
        </p>
        <p>
          <a href={backHref}>{i18n.t('reviewPage.back')}</a>
        </p>
      </article>
    );
  }
  const can = abilities(me, profile);
  const edit = (patch: Partial<Translation>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  /** A block of the text changed: the Markdown follows, as the server will write it. */
  const editBlocks = (blocks: Block[]) => edit({ rewritten: { ...draft.rewritten, blocks, markdown: renderMarkdown(blocks, original ?? '') } });

  async function save(): Promise<Loaded | null> {
    // Refused here in the interface language, before the API refuses it in English.
    const found = problemsOf(title, draft!);
    setProblems(found);
    if (found.messages.length) {
      setMessage('');
      if (found.first) document.getElementById(found.first)?.focus();
      return null;
    }
    try {
      const saved = await client.updateProfile(profile!.id, { title: title.trim(), translation: draft! }, profile!.etag);
      show(saved);
      setMessage(i18n.t('reviewPage.saved', [saved.version]));
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 412) await mergeWithLatest(error.problem.detail.match(/version (\d+)/)?.[1] ?? '?');
      else setMessage(messageOf(error));
      return null;
    }
  }

  /**
   * Someone saved while this page edited (#19): nothing of either is lost. Their version becomes
   * the one to save on, with this page's edits merged into it; where both changed a part, this
   * page's edit stands and theirs is shown beside it.
   */
  async function mergeWithLatest(version: string) {
    try {
      const latest = await client.getProfile(id);
      const author = await client.profileVersion(id, latest.version).then(
        (v) => v.author,
        () => null,
      );
      const merged = mergeEdits(
        { title: profile!.title, translation: profile!.translation },
        { title, translation: draft! },
        { title: latest.title, translation: latest.translation },
        original ?? '',
      );
      setProfile(latest);
      setDraft(merged.translation);
      setTitle(merged.title);
      setDirty(true);
      setConflict(null);
      setMerge({ by: author, version: latest.version, conflicts: merged.conflicts, theirs: { title: latest.title, translation: latest.translation } });
    } catch {
      setConflict(i18n.t('reviewPage.conflict', [version]));
    }
  }

  /** The longest waiting profile of the queue after this one, that no colleague has claimed. */
  async function findNext(): Promise<Pick<ProfileSummary, 'id' | 'title'> | null> {
    try {
      const list = await client.listProfiles(queue ? queryFor(queue) : {});
      return list.find((p) => p.id !== id && (!p.claim || p.claim.tokenId === me.tokenId)) ?? null;
    } catch {
      return null;
    }
  }

  async function saveAndNext() {
    const current = dirty ? await save() : profile;
    if (!current) return;
    const found = await findNext();
    if (found) location.hash = `#/profiles/${encodeURIComponent(found.id)}`;
    else setNext('none');
  }

  async function claim(release: boolean) {
    try {
      // Edits in progress stay: a claim changes no version.
      show(await (release ? client.releaseProfile(id) : client.claimProfile(id)), true);
    } catch (error) {
      setMessage(messageOf(error));
    }
  }

  async function decide(decision: DecisionKind, comment: string) {
    // Unsaved edits are saved first, and the decision names the version it is about.
    const current = dirty ? await save() : profile;
    if (!current) return;
    try {
      show(await client.decideProfile(current.id, { decision, comment: comment || null }, { etag: current.etag }));
      setMessage(i18n.t('reviewPage.decided', [i18n.t(`reviewPage.status.${decision}`)]));
      setNext((await findNext()) ?? 'none');
    } catch (error) {
      setMessage(messageOf(error));
    }
  }

  async function submit() {
    const current = dirty ? await save() : profile;
    if (!current) return;
    try {
      show(await client.submitProfile(current.id, { etag: current.etag }));
    } catch (error) {
      setMessage(messageOf(error));
    }
  }

  async function comment(body: string) {
    try {
      await client.commentOnProfile(profile!.id, body);
      show(await client.getProfile(profile!.id), true);
    } catch (error) {
      setMessage(messageOf(error));
      // The thread keeps what was typed.
      throw error;
    }
  }

  return (
    <article class="profile" data-testid="profile" data-status={profile.status} data-version={profile.version}>
      <p>
        <a href={backHref}>{i18n.t('reviewPage.back')}</a>
      </p>
      <header class="top">
        <h2 ref={heading} tabIndex={-1} lang={profile.translation.language}>
          {profile.title}
        </h2>
        <p>
          <StatusBadge status={profile.status} />{' '}
          <span class="muted">
            <Own>{profile.organization.name}</Own> · {i18n.t('reviewPage.version', [profile.version])}
          </span>
        </p>
        {can.decide && (
          <button type="button" class="link" onClick={() => document.getElementById('decision-comment')?.focus()}>
            {i18n.t('reviewPage.toDecision')}
          </button>
        )}
      </header>
      <PresenceLine viewers={viewers} />
      {(can.decide || profile.claim) && (
        <ClaimBar me={me} claim={profile.claim} canClaim={can.decide} onClaim={() => void claim(false)} onRelease={() => void claim(true)} />
      )}
      <div class="profile-facts">
        {can.edit && (
          <div class="title-edit">
            <label for="profile-title">{i18n.t('reviewPage.profileTitle')}</label>
            <input
              id="profile-title"
              type="text"
              value={title}
              aria-invalid={problems.title ? 'true' : undefined}
              onInput={(e) => {
                setTitle(e.currentTarget.value);
                setDirty(true);
              }}
            />
          </div>
        )}
        <OccupationEvidence translation={draft} />
      </div>
      {!can.edit && <p class="muted">{i18n.t('reviewPage.readOnly')}</p>}
      <section aria-labelledby="text-heading" class="text">
        <h3 id="text-heading">{i18n.t('reviewPage.textHeading')}</h3>
        {original === null && <p class="muted">{i18n.t('reviewPage.noVacancy')}</p>}
        <p class="muted">{i18n.t('reviewPage.textHint')}</p>
        <TextDiff
          rows={text!.rows}
          language={draft.language}
          translation={draft}
          label={i18n.t('reviewPage.textHeading')}
          editing={
            can.edit && text!.blocks
              ? {
                  saved: profile.translation.rewritten.blocks,
                  onEdit: (id, plain) => editBlocks(editBlock(draft.rewritten.blocks, id, plain)),
                  onRestore: (id) => editBlocks(restoreBlock(draft.rewritten.blocks, profile.translation.rewritten.blocks, id)),
                }
              : null
          }
        />
        <OtherEvidence translation={draft} shown={new Set(text!.rows.filter((r) => r.state !== 'same').flatMap((r) => r.requirementIds))} />
      </section>
      <div class="columns">
        <div>
          <SkillsEditor
            client={client}
            skills={draft.skills}
            baseline={profile.translation.skills}
            language={draft.language}
            editable={can.edit}
            onChange={(skills) => edit({ skills })}
          />
          <LearningRoutesEditor
            routes={draft.learningRoutes}
            skills={draft.skills}
            editable={can.edit}
            problems={problems.routes}
            onChange={(learningRoutes) => edit({ learningRoutes })}
          />
        </div>
        <PersonProfileEditor profile={draft.personProfile} editable={can.edit} onChange={(personProfile) => edit({ personProfile })} />
      </div>
      {can.edit && (
        <div class="row save-bar">
          <button type="button" class="primary" disabled={!dirty} onClick={() => void save()}>
            {i18n.t('reviewPage.save')}
          </button>
          {can.decide && (
            <button type="button" onClick={() => void saveAndNext()}>
              {i18n.t('reviewPage.saveAndNext')}
            </button>
          )}
          {dirty && <span class="muted">{i18n.t('reviewPage.unsaved')}</span>}
        </div>
      )}
      {problems.messages.length > 0 && (
        <div class="error" role="alert" data-testid="edit-problems">
          <p>{i18n.t('reviewPage.notSaved')}</p>
          <ul>
            {problems.messages.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {merge && (
        <MergeNotice
          merge={merge}
          onUseTheirs={(conflict) => {
            const theirs = merge.theirs.translation;
            if (conflict.part === 'title') setTitle(merge.theirs.title);
            else if (conflict.part === 'block') {
              const block = theirs.rewritten.blocks.find((b) => b.id === conflict.blockId);
              editBlocks(
                block ? draft.rewritten.blocks.map((b) => (b.id === block.id ? block : b)) : draft.rewritten.blocks.filter((b) => b.id !== conflict.blockId),
              );
            } else if (conflict.part === 'summary') edit({ personProfile: { ...draft.personProfile, summary: theirs.personProfile.summary } });
            else edit({ personProfile: { ...draft.personProfile, [conflict.part]: theirs.personProfile[conflict.part] } });
            setMerge({ ...merge, conflicts: merge.conflicts.filter((c) => c !== conflict) });
          }}
        />
      )}
      {conflict && (
        <p class="error" role="alert">
          {conflict}{' '}
          <button type="button" onClick={() => void load()}>
            {i18n.t('reviewPage.reload')}
          </button>
        </p>
      )}
      <p role="status" class="muted" data-testid="message">
        {message}
      </p>
      {next === 'none' && (
        <p class="muted" data-testid="queue-done">
          {i18n.t('reviewPage.queueDone')}{' '}
          <a ref={nextLink} href={backHref}>
            {i18n.t('reviewPage.back')}
          </a>
        </p>
      )}
      {next && next !== 'none' && (
        <p data-testid="next">
          <a ref={nextLink} href={`#/profiles/${encodeURIComponent(next.id)}`}>
            <Message id="reviewPage.nextProfile" parts={[<Own>{next.title}</Own>]} />
          </a>
        </p>
      )}
      {can.submit && (
        <div class="row">
          <button type="button" class="primary" onClick={() => void submit()}>
            {i18n.t('reviewPage.submit')}
          </button>
        </div>
      )}
      {can.decide && <DecisionBar disabled={false} onDecide={decide} />}
      <VersionDiff key={`${profile.version}-${profile.decisions.length}`} client={client} profile={profile} />
      <ExportText profile={profile} />
      <CommentThread comments={profile.comments} decisions={profile.decisions} onSend={comment} />
      <ProfileHistory
        key={`${profile.version}-${profile.status}-${profile.comments.length}`}
        client={client}
        profileId={profile.id}
        orgNames={orgNames(me, profile)}
      />
    </article>
  );
}
