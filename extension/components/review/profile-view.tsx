import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Client } from '../../../shared/client';
import { EDITABLE_BY_EMPLOYER, SUBMITTABLE, type DecisionKind, type Me, type Profile } from '../../../shared/profiles';
import type { Tagged } from '../../../shared/profiles-client';
import type { Translation } from '../../../shared/schemas';
import { CommentThread } from './comment-thread';
import { DecisionBar } from './decision-bar';
import { LearningRoutesEditor } from './learning-routes-editor';
import { PersonProfileEditor } from './person-profile-editor';
import { ProfileHistory } from './profile-history';
import { SkillsEditor } from './skills-editor';
import { StatusBadge } from './status-badge';
import { t } from './strings';
import { messageOf } from './use-review-client';
import { VacancyDiff } from './vacancy-diff';

type Loaded = Tagged<Profile>;

/** What the caller may do here; the API decides in the end, this only hides what would be refused. */
function abilities(me: Me, profile: Profile) {
  const owner = me.organization.id === profile.organization.id;
  const reviewer = me.organization.kind === 'expertise_team' && me.role !== 'member';
  return {
    edit: owner ? EDITABLE_BY_EMPLOYER.includes(profile.status) : reviewer && profile.status === 'submitted',
    decide: reviewer && !owner && profile.status === 'submitted',
    submit: owner && SUBMITTABLE.includes(profile.status),
  };
}

/** Organisation names the page knows, for the history (the audit log carries ids). */
function orgNames(me: Me, profile: Profile): Map<string, string> {
  const names = new Map([[me.organization.id, me.organization.name], [profile.organization.id, profile.organization.name]]);
  for (const org of me.clients) names.set(org.id, org.name);
  for (const item of [...profile.comments, ...profile.decisions]) names.set(item.author.organizationId, item.author.organizationName);
  return names;
}

/** One profile: the vacancy and proposal side by side, the editable parts, comments, decision. */
export function ProfileView({ client, me, id, backHref = '#/' }: { client: Client; me: Me; id: string; backHref?: string }) {
  const [profile, setProfile] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<Translation | null>(null);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  /** Show a loaded profile; unsaved edits survive a refresh that only brings new comments. */
  const show = (loaded: Loaded, keepEdits = false) => {
    setProfile(loaded);
    if (keepEdits && dirty) return;
    setDraft(loaded.translation);
    setDirty(false);
  };
  const load = () => client.getProfile(id).then((p) => { show(p); setConflict(null); }, (e) => setMessage(messageOf(e)));
  useEffect(() => void load(), [id]);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = profile !== null;
  useEffect(() => heading.current?.focus(), [loaded]);

  if (!profile || !draft) {
    if (!message) return <p class="muted" role="status">{t('loading')}</p>;
    // Not there, not theirs, or not reachable: say so in the interface language, with a way back.
    return (
      <article class="profile" data-testid="profile-missing">
        <h2>{t('profileMissing')}</h2>
        <p class="error" role="alert">{message}</p>
        <p><a href={backHref}>{t('back')}</a></p>
      </article>
    );
  }
  const can = abilities(me, profile);
  const edit = (patch: Partial<Translation>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };

  async function save(): Promise<Loaded | null> {
    try {
      const saved = await client.updateProfile(profile!.id, { title: profile!.title, translation: draft! }, profile!.etag);
      show(saved);
      setMessage(t('saved', saved.version));
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 412) setConflict(t('conflict', error.problem.detail.match(/version (\d+)/)?.[1] ?? '?'));
      else setMessage(messageOf(error));
      return null;
    }
  }

  async function decide(decision: DecisionKind, comment: string) {
    // Unsaved edits are saved first, and the decision names the version it is about.
    const current = dirty ? await save() : profile;
    if (!current) return;
    try {
      show(await client.decideProfile(current.id, { decision, comment: comment || null }, { etag: current.etag }));
      setMessage(t('decided', t(decision)));
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
      <p><a href={backHref}>{t('back')}</a></p>
      <header class="top">
        <h2 ref={heading} tabIndex={-1}>{profile.title}</h2>
        <p>
          <StatusBadge status={profile.status} /> <span class="muted">{profile.organization.name} · {t('version', profile.version)}</span>
        </p>
      </header>
      <VacancyDiff original={profile.vacancy?.text ?? null} proposal={draft.rewritten.markdown} language={draft.language} />
      {!can.edit && <p class="muted">{t('readOnly')}</p>}
      <div class="columns">
        <div>
          <SkillsEditor client={client} skills={draft.skills} baseline={profile.translation.skills} language={draft.language} editable={can.edit} onChange={(skills) => edit({ skills })} />
          <LearningRoutesEditor routes={draft.learningRoutes} editable={can.edit} onChange={(learningRoutes) => edit({ learningRoutes })} />
        </div>
        <PersonProfileEditor profile={draft.personProfile} editable={can.edit} onChange={(personProfile) => edit({ personProfile })} />
      </div>
      {can.edit && (
        <div class="row save-bar">
          <button type="button" class="primary" disabled={!dirty} onClick={() => void save()}>{t('save')}</button>
          {dirty && <span class="muted">{t('unsaved')}</span>}
        </div>
      )}
      {conflict && (
        <p class="error" role="alert">
          {conflict} <button type="button" onClick={() => void load()}>{t('reload')}</button>
        </p>
      )}
      <p role="status" class="muted" data-testid="message">{message}</p>
      {can.submit && <div class="row"><button type="button" class="primary" onClick={() => void submit()}>{t('submit')}</button></div>}
      {can.decide && <DecisionBar disabled={false} onDecide={decide} />}
      <CommentThread comments={profile.comments} decisions={profile.decisions} onSend={comment} />
      <ProfileHistory key={`${profile.version}-${profile.status}-${profile.comments.length}`} client={client} profileId={profile.id} orgNames={orgNames(me, profile)} />
    </article>
  );
}
