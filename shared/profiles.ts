/**
 * The contract for expertise-team review (issue 7): organisations, tokens, profiles, comments,
 * decisions and the audit log. The Worker validates requests with these schemas and the client
 * parses answers with them.
 *
 * Long: the whole review contract, schemas only: one per request and answer, so that the Worker and
 * the client parse with the same ones.
 */
import * as z from 'zod';
import { Language } from './locale';
import { Translation } from './translation';
import { Vacancy } from './vacancy';

export const OrganizationKind = z.enum(['employer', 'expertise_team']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

export const Role = z.enum(['member', 'reviewer', 'admin']);
export type Role = z.infer<typeof Role>;

export const ProfileStatus = z.enum(['draft', 'submitted', 'changes_requested', 'approved']);
export type ProfileStatus = z.infer<typeof ProfileStatus>;

export const DecisionKind = z.enum(['approved', 'changes_requested']);
export type DecisionKind = z.infer<typeof DecisionKind>;

const Name = z.string().trim().min(1, 'name is empty').max(200, 'name is longer than 200 characters');
const Id = z.string().trim().min(1, 'id is empty').max(100);

// --- Admin (bootstrap with ADMIN_TOKEN) ---

export const CreateOrganization = z.object({ name: Name, kind: OrganizationKind });
export type CreateOrganization = z.infer<typeof CreateOrganization>;

export const Organization = z.object({ id: z.string(), name: z.string(), kind: OrganizationKind });
export type Organization = z.infer<typeof Organization>;

export const LinkClient = z.object({ employerId: Id });
export type LinkClient = z.infer<typeof LinkClient>;

export const ClientLink = z.object({ teamId: z.string(), employerId: z.string() });
export type ClientLink = z.infer<typeof ClientLink>;

export const CreateToken = z.object({
  organizationId: Id,
  role: Role,
  /** Whose token it is, a person's name ("Anna de Vries"): shown as the author of comments, decisions and history. Never secret. */
  label: z.string().trim().max(200, 'label is longer than 200 characters').nullish(),
});
export type CreateToken = z.infer<typeof CreateToken>;

/** The token itself is in this answer only; the API stores its SHA-256. */
export const TokenCreated = z.object({ id: z.string(), token: z.string(), organizationId: z.string(), role: Role });
export type TokenCreated = z.infer<typeof TokenCreated>;

/** A token as the admin sees it afterwards: never the secret, nor its hash. */
export const TokenSummary = z.object({
  id: z.string(),
  organizationId: z.string(),
  role: Role,
  label: z.string().nullable(),
  createdAt: z.string(),
  /** When it was revoked; from then on it gets 401. */
  revokedAt: z.string().nullable(),
});
export type TokenSummary = z.infer<typeof TokenSummary>;

export const TokenList = z.object({ tokens: z.array(TokenSummary) });
export type TokenList = z.infer<typeof TokenList>;

/** Query of `GET /v1/admin/tokens`: one organisation's tokens, or every token without it. */
export const TokenQuery = z.object({ organizationId: Id.optional() });
export type TokenQuery = z.infer<typeof TokenQuery>;

// --- Who is calling ---

export const Me = z.object({
  tokenId: z.string(),
  role: Role,
  /** The token's label (whose token it is), or null. */
  label: z.string().nullable().default(null),
  organization: Organization,
  clients: z.array(Organization),
});
export type Me = z.infer<typeof Me>;

// --- Profiles ---

const Title = z.string().trim().min(1, 'title is empty').max(500, 'title is longer than 500 characters');

export const CreateProfile = z.object({ title: Title, translation: Translation, vacancy: Vacancy.nullish() });
export type CreateProfile = z.input<typeof CreateProfile>;

/**
 * What a person's edit may not leave behind (#19): a learning route without a title or with a link
 * that is not http(s), a skill without a label, a block of the text with nothing but its marks.
 * The review page checks with this before it saves and says what is wrong in its own language; the
 * API refuses the same edits with 400 and these paths.
 */
export type EditProblemCode = 'routeTitle' | 'routeUrl' | 'skillLabel' | 'blockEmpty';
export interface EditProblem {
  code: EditProblemCode;
  path: (string | number)[];
  index: number;
}

const EDIT_MESSAGES: Record<EditProblemCode, (n: number) => string> = {
  routeTitle: (n) => `learning route ${n} has no title`,
  routeUrl: (n) => `the link of learning route ${n} is not an http(s) address`,
  skillLabel: (n) => `skill ${n} has no label`,
  blockEmpty: (n) => `text block ${n} has no words; remove the block instead`,
};

/** A block's words without its Markdown marks ("### ", "- ", "**"). */
const wordsOf = (markdown: string) =>
  markdown
    .replace(/^\s*(?:#{1,6}|[-*•]|\d+[.)])(?=\s|$)/gmu, '')
    .replace(/\*\*/g, '')
    .trim();

export function editProblems(translation: Pick<z.input<typeof Translation>, 'learningRoutes' | 'skills' | 'rewritten'>): EditProblem[] {
  const problems: EditProblem[] = [];
  (translation.learningRoutes ?? []).forEach((route, index) => {
    if (!route.title.trim()) problems.push({ code: 'routeTitle', path: ['translation', 'learningRoutes', index, 'title'], index });
    if (route.url?.trim() && !/^https?:\/\/\S+$/iu.test(route.url.trim()))
      problems.push({ code: 'routeUrl', path: ['translation', 'learningRoutes', index, 'url'], index });
  });
  translation.skills.forEach((skill, index) => {
    if (!skill.label.trim()) problems.push({ code: 'skillLabel', path: ['translation', 'skills', index, 'label'], index });
  });
  // A kept or changed block may be '' (its line leaves the text); an added one must say something.
  (translation.rewritten.blocks ?? []).forEach((block, index) => {
    if (block.markdown.trim() && !wordsOf(block.markdown))
      problems.push({ code: 'blockEmpty', path: ['translation', 'rewritten', 'blocks', index, 'markdown'], index });
    else if (block.kind === 'added' && !block.markdown.trim())
      problems.push({ code: 'blockEmpty', path: ['translation', 'rewritten', 'blocks', index, 'markdown'], index });
  });
  return problems;
}

/** A new version. Without `vacancy` the previous version's vacancy is kept: the original is never lost. */
export const UpdateProfile = CreateProfile.superRefine((body, ctx) => {
  for (const problem of editProblems(body.translation))
    ctx.addIssue({ code: 'custom', path: problem.path, message: EDIT_MESSAGES[problem.code](problem.index + 1) });
}).describe(
  'A new version of a profile: as CreateProfile, and every learning route has a title (and an http(s) link or none), every skill a label, every block words besides its Markdown marks.',
);
export type UpdateProfile = z.input<typeof UpdateProfile>;

export const Author = z.object({
  organizationId: z.string(),
  organizationName: z.string(),
  role: z.string(),
  /** Who: the token's label (a person's name), else the role in the language the request asked for (Accept-Language). */
  name: z.string(),
  /** The token's label as the admin wrote it, or null: an interface shows its own word for the role then. */
  label: z.string().nullable().default(null),
});
export type Author = z.infer<typeof Author>;

export const CommentInput = z.object({ body: z.string().trim().min(1, 'body is empty').max(10_000, 'body is longer than 10,000 characters') });
export type CommentInput = z.infer<typeof CommentInput>;

export const Comment = z.object({
  id: z.string(),
  profileId: z.string(),
  /** The profile version the comment was written on. */
  version: z.number().int(),
  body: z.string(),
  author: Author,
  createdAt: z.string(),
});
export type Comment = z.infer<typeof Comment>;

export const DecisionInput = z.object({
  decision: DecisionKind,
  comment: z.string().trim().max(10_000, 'comment is longer than 10,000 characters').nullish(),
});
export type DecisionInput = z.infer<typeof DecisionInput>;

/** `POST /v1/profiles/decisions`: one decision and one comment for several submitted profiles (#19). */
export const BulkDecisionInput = DecisionInput.extend({
  ids: z.array(z.string().min(1).max(100)).min(1, 'ids is empty').max(50, 'at most 50 profiles at once'),
});
export type BulkDecisionInput = z.infer<typeof BulkDecisionInput>;

/** Each profile's outcome: decided (its new status), or the problem that kept it as it was. */
export const BulkDecisionResult = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      status: ProfileStatus.nullable(),
      problem: z.object({ status: z.number().int(), detail: z.string() }).nullable(),
    }),
  ),
});
export type BulkDecisionResult = z.infer<typeof BulkDecisionResult>;

export const Decision = z.object({
  id: z.string(),
  profileId: z.string(),
  version: z.number().int(),
  decision: DecisionKind,
  commentId: z.string().nullable(),
  author: Author,
  createdAt: z.string(),
});
export type Decision = z.infer<typeof Decision>;

/** A reviewer working on a submitted profile (#19): whose token, their name, since when. */
export const Claim = z.object({
  tokenId: z.string(),
  /** As `Author.name`: the token's label, else the role in the request's language. */
  name: z.string(),
  label: z.string().nullable(),
  at: z.string(),
});
export type Claim = z.infer<typeof Claim>;

/**
 * Where a profile stands, for a side panel waiting on the team (#19): small, and answered 304 Not
 * Modified to an If-None-Match of its ETag (`stateTag`) while nothing changed.
 */
export const ProfileState = z.object({
  status: ProfileStatus,
  version: z.number().int(),
  comments: z.number().int(),
  decisions: z.number().int(),
});
export type ProfileState = z.infer<typeof ProfileState>;

/** The ETag of a profile's state: any save, status, comment or decision changes it. */
export const stateTag = (state: ProfileState) => `"s${state.version}-${state.status}-${state.comments}-${state.decisions}"`;

/** Someone else who has the profile open on the review page now (#19), as an author, and when they were last there. */
export const Viewer = Author.extend({ tokenId: z.string(), seenAt: z.string() });
export type Viewer = z.infer<typeof Viewer>;

/** `PUT /v1/profiles/{id}/presence`'s answer: the others who have it open, the first there first. */
export const Presence = z.object({ viewers: z.array(Viewer) });
export type Presence = z.infer<typeof Presence>;

export const ProfileSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: ProfileStatus,
  version: z.number().int(),
  organization: Organization,
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  /** The reviewer who claimed it, until a decision; null when nobody has. */
  claim: Claim.nullable().default(null),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

export const Profile = ProfileSummary.extend({
  translation: Translation,
  vacancy: Vacancy.nullable(),
  comments: z.array(Comment),
  decisions: z.array(Decision),
});
export type Profile = z.infer<typeof Profile>;

export const ProfileVersion = z.object({
  profileId: z.string(),
  version: z.number().int(),
  title: z.string(),
  translation: Translation,
  vacancy: Vacancy.nullable(),
  author: Author,
  createdAt: z.string(),
});
export type ProfileVersion = z.infer<typeof ProfileVersion>;

export const ProfileList = z.object({
  profiles: z.array(ProfileSummary),
  /** How many profiles of each status the same search and filters find, whatever status was asked (#19). */
  counts: z.record(ProfileStatus, z.number().int()).optional(),
});
export type ProfileList = z.infer<typeof ProfileList>;

/** Query of `GET /v1/profiles`: status (comma-separated), employer id, and age in days. */
export const ProfileQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const parsed = z.array(ProfileStatus).safeParse(value.split(',').map((s) => s.trim()));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: `status must be one or more of ${ProfileStatus.options.join(', ')}` });
      return z.NEVER;
    }),
  employer: z.string().max(100).optional(),
  /** Only profiles last changed at least this many days ago (e.g. 7 to find the ones waiting a week). */
  olderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** Only profiles changed within this many days. */
  newerThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  /** `newest` (the default): last changed first. `oldest`: the one waiting longest first (see `waitingSince`). `title`, `organization`: A to Z. */
  sort: z.enum(['newest', 'oldest', 'title', 'organization']).optional(),
  /** Words the title or the organisation's name contains (case-insensitive), e.g. "verpleegkundige" or "Zorggroep". */
  q: z.string().trim().max(100).optional(),
});
export type ProfileQuery = z.input<typeof ProfileQuery>;

// --- Audit ---

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({
    tokenId: z.string().nullable(),
    organizationId: z.string().nullable(),
    role: z.string(),
    /** As `Author.name`: the token's label, else the role in the request's language. */
    name: z.string(),
    label: z.string().nullable().default(null),
  }),
  action: z.string(),
  subject: z.object({ type: z.string(), id: z.string() }),
  profileId: z.string().nullable(),
  version: z.number().int().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditLog = z.object({ entries: z.array(AuditEntry) });
export type AuditLog = z.infer<typeof AuditLog>;

/** `GET /v1/admin/audit`: one profile's entries in order, or everyone's newest first; `limit` of them (1000 unless asked). */
export const AuditQuery = z.object({ profileId: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() });

// --- Taxonomy search ---

export const SkillQuery = z.object({
  q: z.string().trim().min(2, 'q needs at least 2 characters').max(100),
  lang: Language.default('nl'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SkillQuery = z.input<typeof SkillQuery>;

export const SkillHit = z.object({
  uri: z.string(),
  label: z.string(),
  labelLanguage: Language,
  /** The label in the other language, when known. */
  altLabel: z.string().nullable(),
  knowledge: z.boolean(),
  /** For an English label in a Dutch search: the Dutch label of the skill's ESCO group (what a Dutch text says instead). */
  groupLabel: z.string().nullable().default(null),
  /**
   * How the skill was found when not by its own label: through an occupation that needs it
   * ("metselaar" → lay bricks) or the skill group it is in, named in that label's language.
   */
  via: z
    .object({ kind: z.enum(['occupation', 'group', 'glossary']), label: z.string(), labelLanguage: Language })
    .nullable()
    .default(null),
});
export type SkillHit = z.infer<typeof SkillHit>;

export const SkillSearch = z.object({ skills: z.array(SkillHit) });
export type SkillSearch = z.infer<typeof SkillSearch>;

// --- Pure rules both sides need ---

/** Statuses in which the employer may still change the profile (under review it is the team's turn). */
export const EDITABLE_BY_EMPLOYER: readonly ProfileStatus[] = ['draft', 'changes_requested', 'approved'];
/** Statuses from which a profile can be submitted for review. */
export const SUBMITTABLE: readonly ProfileStatus[] = ['draft', 'changes_requested'];

/** The ETag of a profile version. */
export const etagFor = (version: number) => `"v${version}"`;

/**
 * Since when a profile waits for someone: a submitted one for its team since it was (last)
 * submitted, any other for its employer since it last changed.
 */
export const waitingSince = (profile: Pick<ProfileSummary, 'status' | 'submittedAt' | 'updatedAt'>) =>
  profile.status === 'submitted' && profile.submittedAt ? profile.submittedAt : profile.updatedAt;

/** Whole hours between two ISO timestamps. */
export function ageInHours(since: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 3_600_000));
}

/** Whole days between two ISO timestamps. */
export function ageInDays(since: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(since)) / 86_400_000));
}
