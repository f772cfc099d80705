/**
 * The sections the rewrite adds after the requirement block, in the order of EXEMPLARS.md: what you
 * bring, nice to have, what you learn with us, who you are, what the law asks, practical matters.
 */
import type { Language } from '../../../shared/locale';
import type { Block, PersonProfile, Requirement, Skill } from '../../../shared/translation';
import { politeForm } from '../../../shared/skill-wording';
import { t } from './i18n';
import { LIST_MARK } from './cues';
import { leastYears } from './experience';
import { contentWords } from './education';
import { headingKind } from './sections';
import { dutchAbility, labelInSentence } from '../../../shared/skill-wording';
import type { RewriteInput } from './rewrite';
import { type Register, TRAINEE } from './rewrite-register';
import { closed, type Relocated, sentence } from './rewrite-lines';
import { asSentence, withoutPlusMark } from './rewrite-block';
import { learningOffered } from './offer-learning';
import { asMainClause } from './relative-items';

export type Draft = Omit<Block, 'id'>;

export function newSections(input: RewriteInput, profile: PersonProfile, moved: Requirement[], bring: string[], you: Register, relocated: Relocated): Draft[] {
  const lang = input.language;
  const out: Draft[] = [];
  const section = (heading: string, items: Array<{ text: string; ids: string[] }>) => {
    const seen = new Set<string>();
    const unique = items.filter((i) => {
      const k = i.text.toLowerCase();
      if (!i.text.trim() || seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (!unique.length) return;
    out.push({ kind: 'added', role: 'heading', markdown: `### ${heading}`, requirementIds: [...new Set(unique.flatMap((i) => i.ids))] });
    for (const i of unique) out.push({ kind: 'added', role: 'item', markdown: `- ${i.text}`, requirementIds: i.ids });
  };
  const ids = moved.map((r) => r.id);
  section(
    t(lang, you.bring, 'What you bring'),
    bring.map((text) => ({ text, ids })),
  );
  section(t(lang, 'Mooi meegenomen', 'Nice to have'), pluses(relocated.plus, you, lang));
  // "Je leert …" promises in the employer's name: only what the posting itself names (a plus, a
  // task), never an occupation's essential the employer did not mention.
  let named: string[] | null = null;
  section(t(lang, you.learn, 'What you learn with us'), [
    ...input.skills
      .filter((s) => !s.mustHave && movedSkill(s, moved) && namedIn(s, lang, (named ??= contentWords(input.text))))
      .filter((s) => shown(s, lang, input.knowledge))
      .map((s) => ({ text: ability(s, input, you, true), ids: s.requirementIds })),
    ...learningOffered(input, you).map((text) => ({ text, ids: [] })),
  ]);
  const p = profile;
  const traits = moved.filter((r) => r.kind === 'trait').map((r) => r.id);
  const profileItems = [...p.motivation, ...p.values, ...p.workingStyle, ...p.teamContribution, ...p.learningNeeds].map((text) => ({
    text: closed(you.subject === 'U' ? politeForm(sentence(text)) : sentence(text)),
    ids: traits,
  }));
  // Only the posting's qualities, in its register (EXEMPLARS.md: nothing else is added; the
  // profile's summary is the panel's, not a line of the vacancy).
  if (traits.length && profileItems.length) {
    out.push({ kind: 'added', role: 'heading', markdown: `### ${t(lang, you.who, 'Who you are')}`, requirementIds: traits });
    for (const i of profileItems) out.push({ kind: 'added', role: 'item', markdown: `- ${i.text}`, requirementIds: i.ids });
  }
  // A demand the posting denies is named from Vaardig's legal table, not in the posting's words.
  const denied = input.requirements.filter((r) => r.legal && r.legalBasis && input.denied?.has(r.id));
  // What the law asks of everyone in this job and the posting left out, added from the legal table (no span: no line of the posting).
  const addedByLaw = input.requirements.filter((r) => r.legal && r.legalBasis && !r.span && !input.denied?.has(r.id));
  section(t(lang, 'Wat de wet vraagt', 'What the law asks'), [
    ...moved.filter((r) => r.legal).map((r) => ({ text: legalLine(r.text, r, lang, you), ids: [r.id] })),
    ...denied.map((r) => ({ text: legalLine(r.legalBasis!.name, r, lang, you), ids: [r.id] })),
    ...addedByLaw.map((r) => ({ text: legalLine(you.subject === 'U' ? politeForm(r.legalBasis!.name) : r.legalBasis!.name, r, lang, you), ids: [r.id] })),
  ]);
  section(t(lang, 'Praktisch', 'Practical'), practical(relocated.practical, you, lang));
  return out;
}

/**
 * The pluses as "Mooi meegenomen" says them: a leading "Bij voorkeur" or a trailing "is een pré" may
 * go, and the noun phrase left becomes a sentence ("Daarnaast is kennis van X een pre." → "Je hebt kennis van X.").
 */
function pluses(items: Relocated['plus'], you: Register, lang: Language): Relocated['plus'] {
  return items.map((p) => {
    const bare = withoutPlusMark(p.text, lang);
    // (A plus in its own words is said to the reader too where its form allows: "Kennis van SAP." → "Je hebt kennis van SAP.")
    return { ...p, text: saidToReader(bare, you, lang) ?? (bare === p.text.trim() ? p.text : bare) };
  });
}

/** Practical conditions said to the reader where the form allows: "In het bezit van eigen vervoer" → "Je bent in het bezit van eigen vervoer.". */
function practical(items: Relocated['practical'], you: Register, lang: Language): Relocated['practical'] {
  return items.map((p) => {
    const bare = p.text.replace(LIST_MARK, '').trim();
    return { ...p, text: saidToReader(bare, you, lang) ?? (/^(?:je|jij|u|you)\s/i.test(bare) ? closed(bare.replace(/[\s;,]+$/, '')) : p.text) };
  });
}

/** A relocated line as a sentence, also an item of "Wij zoeken iemand die" said on its own ("eventueel ervaring heeft met X" → "Je hebt ervaring met X."). */
const saidToReader = (bare: string, you: Register, lang: Language) => asSentence(bare, you, lang) ?? (lang === 'nl' ? asMainClause(bare, you, true) : null);

/** The posting names the skill: the content words of its label, in its language, stand together in the posting ("project management", not "projects … data management"). */
function namedIn(s: Skill, lang: Language, words: string[]): boolean {
  const own = contentWords(wordingLabel(s, lang));
  if (!own.length) return false;
  for (let i = words.indexOf(own[0]!); i >= 0; i = words.indexOf(own[0]!, i + 1)) if (own.every((w, k) => words[i + k] === w)) return true;
  return false;
}
const wordingLabel = (s: Skill, lang: Language) => (lang === 'nl' && s.untranslated ? (s.groupLabel ?? '') : s.label);

/** A skill the new sections may show: one tied to a moved requirement, in the posting's language. */
// Skills behind a diploma the law requires are what the training covers, not a replacement: the
// diploma itself stands under the law.
const movedSkill = (s: Skill, moved: Requirement[]) => s.requirementIds.some((id) => moved.some((r) => r.id === id && !r.legal));
/**
 * The words the published text uses for a skill, or null when it has none in the posting's
 * language: ESCO's Dutch label, else the Dutch label of its skill group when that reads as an
 * ability ("houten en metalen onderdelen installeren"). Dutch text never carries an English label.
 */
export function wording(s: Skill, lang: Language, knowledge: ReadonlySet<string>): string | null {
  if (lang !== 'nl' || !s.untranslated) return s.label.trim();
  const group = s.groupLabel?.trim();
  if (!group || /[,()]/.test(group)) return null;
  const words = group.split(/\s+/);
  // A knowledge group is too broad to stand for a skill ("recht" for a support worker's "social
  // legislation"); an ability group still says what someone can do.
  if (s.uri && knowledge.has(s.uri)) return null;
  return words.length >= 2 && /en$/.test(words.at(-1)!) ? group : null;
}

/** A skill the published text may name. */
export const shown = (s: Skill, lang: Language, knowledge: ReadonlySet<string>) => wording(s, lang, knowledge) !== null;

/** A skill as a whole sentence in the posting's form of address: "Je kunt …", "Je hebt kennis van …", "Je leert …". */
export function ability(s: Skill, input: RewriteInput, you: Register, learn: boolean): string {
  const knowledge = !!s.uri && input.knowledge.has(s.uri);
  const label = labelInSentence(wording(s, input.language, input.knowledge) ?? s.label.trim());
  if (input.language === 'en')
    return learn ? `You learn ${knowledge ? 'about' : 'to'} ${label}.` : knowledge ? `You have knowledge of ${label}.` : `You can ${label}.`;
  const own = dutchAbility(label, you.subject.toLowerCase(), knowledge);
  if (learn) return `${you.subject} ${you.learns} ${knowledge ? 'over ' : ''}${own}.`;
  // A sentence like the posting's own demands beside it ("Je hebt kennis van C en C++."), not a noun phrase.
  return knowledge ? `${you.subject} ${you.subject === 'U' ? 'heeft' : 'hebt'} kennis van ${own}.` : `${you.subject} ${you.can} ${own}.`;
}

function legalLine(words: string, r: Requirement, lang: Language, you: Register): string {
  // The law's own line stays in the posting's words, letter for letter; a noun phrase is said to the
  // reader around them ("Een diploma Verpleegkunde" → "Je hebt een diploma Verpleegkunde.").
  const bare = words.replace(LIST_MARK, '').trim().replace(/[;,]$/, '');
  const said = (r.span ? asSentence(bare, you, lang) : null) ?? bare;
  const basis = r.legalBasis;
  // Held longer than the law asks ("Minimaal tien jaar een B-rijbewijs" where the law asks 3 years):
  // the law's measure stands beside it, so the employer's own demand is not read as the law's.
  const law = basis?.verified !== false ? basis?.minimumYears : undefined;
  const asked = law ? leastYears(bare) : null;
  const beyond =
    law && asked !== null && asked > law
      ? ` (${t(lang, `de wet vraagt ten minste ${law} jaar; wat meer is, vraagt de werkgever`, `the law asks at least ${law} years; more is the employer's demand`)})`
      : '';
  // A vague demand in a regulated job ("Een relevante opleiding met diploma") is the statutory
  // qualification: the line names it (EXEMPLARS principle 6).
  const own =
    basis && basis.verified !== false && VAGUE_QUALIFICATION.test(bare) && bare.split(/\s+/).length <= 7
      ? `${said.replace(/[.!?]$/, '')} (${t(lang, 'volgens de wet', 'as the law puts it')}: ${basis.name.charAt(0).toLowerCase()}${basis.name.slice(1)})`
      : beyond
        ? `${said.replace(/[.!?]$/, '')}${beyond}`
        : said;
  const end = /[.!?]$/.test(own) ? '' : '.';
  if (!basis) return `${own}${end}`;
  // Another country's law is kept as written and said to be unchecked.
  // Another country's law stands in its own words; that Vaardig did not check it is the panel's
  // note (the card's label), not the employer's sentence.
  if (basis.verified === false) return `${own}${end}`;
  const when = !basis.obtainableAfterHiring
    ? t(lang, you.before, 'You need this before you start')
    : TRAINEE.test(basis.obtainableCode ?? '')
      ? t(lang, you.trainee, 'Still in training for it? Then you can sometimes start with us as a trainee')
      : basis.obtainableCode === 'yes_under_supervision'
        ? t(lang, you.supervised, 'Still in training for it? Then you first work under supervision')
        : basis.obtainableCode === 'yes_within_period'
          ? t(lang, you.within, 'Not there yet? You can start if you obtain it within the period the law allows; ask us what is possible')
          : t(lang, you.after, 'You can also obtain this after you are hired');
  // The law in words and its article; the BWBR identifier is for the panel, not the vacancy, and a
  // lawyer's shorthand ("jo.", "v/h") is said in plain words (EXEMPLARS principle 4).
  const citation = basis.citation
    .replace(/\s*\(BWBR\d+\)/g, '')
    .replace(/BWBR\d+;\s*/g, '')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])jo\.\s+/g, `${t(lang, 'en', 'and')} `)
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])v\/h\s+/g, `${t(lang, 'voorheen', 'formerly')} `)
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])thans\s+/g, `${t(lang, 'nu', 'now')} `);
  return `${own}${end} ${t(lang, 'Wettelijke basis', 'Legal basis')}: ${citation}. ${when}.`;
}

/** A qualification asked without its field: "relevante opleiding", "passend diploma", "relevant degree". */
const VAGUE_QUALIFICATION =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:relevante|passende?|gerelateerde|geschikte|relevant|appropriate|suitable)\s+(?:opleiding|diploma|vooropleiding|kwalificatie|degree|education|qualification)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/**
 * Where the added sections go, from just after the requirement block (`at`): never under a heading
 * the block ends on, nor between prose and its list, nor between the block and a lead-in of the
 * posting's own that goes on without a heading. `hasBlock`: the posting has a requirement block.
 */
export function addedSectionsAt(blocks: Block[], at: number, hasBlock: boolean): number {
  // Never under a heading the requirement block ends on: its section has no line of its own here
  // ("### Competenties" over words the segmenter read as headings). The new sections go before it.
  while (at > 0 && blocks[at - 1]!.role === 'heading' && blocks[at - 1]!.kind === 'kept') at--;
  // After prose that lost a diploma sentence, the list that follows it belongs with it: the new
  // sections come after that list, not between the prose and its items.
  if (!hasBlock) while (at < blocks.length && blocks[at]!.role === 'item') at++;
  // Nor between the block and a lead-in of the posting's own that goes on without a heading ("En
  // werk je graag … aan o.a. de volgende taken:" over its list): under a new heading that list would
  // read as part of the new section. The new sections come after it.
  // (Not a lead-in that opens the offer or another part: "Wij bieden o.a:" ends the block.)
  const opensAnotherPart = (b: Block) => {
    const kind = headingKind(b.markdown);
    return kind === 'offer' || kind === 'about' || kind === 'contact';
  };
  while (
    blocks[at]?.kind === 'kept' &&
    blocks[at]!.role === 'paragraph' &&
    /:\s*$/.test(blocks[at]!.markdown) &&
    !opensAnotherPart(blocks[at]!) &&
    blocks[at + 1]?.kind === 'kept' &&
    blocks[at + 1]!.role === 'item'
  ) {
    at++;
    while (blocks[at]?.kind === 'kept' && blocks[at]!.role === 'item') at++;
  }
  return at;
}

/**
 * A preferred field of study said as a plus of its own: "bij voorkeur in elektromechanica" → "Een
 * opleiding in elektromechanica", "bij voorkeur een commerciële opleiding" → "Een commerciële
 * opleiding", "preferably in Physical Oceanography" → "A degree in Physical Oceanography"; null when
 * it does not read as one.
 */
export function preferredEducation(text: string, lang: Language): string | null {
  // "MS preferred in related disciplines …" → "MS in related disciplines …".
  const degree = /^((?:a\s+)?(?:MS|MSc|MA|PhD|BS|BSc|BA|master'?s|bachelor'?s)(?:\s+degree)?)\s+(?:is\s+)?preferred\s*,?\s*(.*)$/i.exec(text.trim());
  if (degree) return `${degree[1]}${degree[2] ? ` ${degree[2]}` : ''}`.replace(/[\s;,]+$/, '').replace(/^a\s/, 'A ');
  const rest = text
    .replace(/^[\s(,;:-]*(?:en\s+|and\s+|of\s+)?(?:bij voorkeur|liefst|bij voorkeur met|preferably|ideally)\s+(?:met\s+)?/i, '')
    .replace(/[\s).;,]+$/, '');
  if (rest === text.replace(/[\s).;,]+$/, '') || rest.split(/\s+/).length > 16 || /[()]/.test(rest)) return null;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (/^(?:een|a|an)\s/i.test(rest)) return capital(rest);
  if (lang === 'en') return `A degree ${/^in\s/i.test(rest) ? '' : 'in '}${rest}`;
  return `Een opleiding ${/^(?:in|richting)\s/i.test(rest) ? '' : 'in '}${rest}`;
}
