import type { Language, PersonProfile, Requirement, Rewritten, Skill } from '../../../shared/schemas';
import { ESCO_ATTRIBUTION } from '../../../shared/schemas';
import { t } from './i18n';
import type { Line } from './segment';

export interface RewriteInput {
  title: string | null;
  text: string;
  lines: Line[];
  language: Language;
  requirements: Requirement[];
  /** Requirement id → its rewritten wording (experience without year counts, softened certificates). */
  rephrased: Map<string, string>;
  skills: Skill[];
  profile: PersonProfile;
  hasDiploma: boolean;
}

const REPLACED_KINDS = new Set(['diploma', 'education_level', 'trait']);

function bullet(text: string): string {
  return `- ${text.replace(/\s+/g, ' ').trim()}`;
}

/** The vacancy in its own language: requirements replaced by skills, profile and legal items; the rest kept as written. */
export function rewrite(input: RewriteInput): Omit<Rewritten, 'jsonLd' | 'readingLevel'> {
  const { language: lang, requirements } = input;
  const reqSection = (l: Line) => l.section === 'requirements' || l.section === 'preferred';
  const firstReq = input.lines.findIndex(reqSection);

  // Requirements outside a requirements section: cut the clauses we replace out of their line.
  const cuts = requirements.filter((r) => r.span && (REPLACED_KINDS.has(r.kind) || input.rephrased.has(r.id)) && !r.legal);
  const keptLine = (line: Line): string => {
    let text = input.text.slice(line.start, line.end);
    for (const r of cuts) {
      if (!r.span || r.span.start < line.start || r.span.end > line.end) continue;
      text = text.replace(input.text.slice(r.span.start, r.span.end), '');
    }
    return text.replace(/\s{2,}/g, ' ').replace(/^\s*([-•*])\s*$/u, '').trimEnd();
  };
  const block = (ls: Line[]) => {
    const out: string[] = [];
    ls.forEach((line, i) => {
      const prev = ls[i - 1];
      const text = keptLine(line);
      if (!text.trim()) return;
      if (prev && /\n\s*\n/.test(input.text.slice(prev.end, line.start + 1))) out.push('');
      out.push(line.heading ? `### ${text.trim().replace(/:$/, '')}` : text);
    });
    return out.join('\n').trim();
  };
  const before = block(input.lines.filter((l, i) => !reqSection(l) && (firstReq < 0 || i < firstReq)));
  const after = block(input.lines.filter((l, i) => !reqSection(l) && firstReq >= 0 && i > firstReq));

  const dayOne: string[] = [];
  const seen = new Set<string>();
  const addDayOne = (text: string) => { const key = text.toLowerCase(); if (!seen.has(key)) { seen.add(key); dayOne.push(bullet(text)); } };
  // Kept requirements that stand outside a requirements section stay where they are (e.g. hours in the offer).
  const inKeptLine = (r: Requirement) => !!r.span && !cuts.includes(r)
    && input.lines.some((l) => !reqSection(l) && r.span !== null && r.span.start >= l.start && r.span.end <= l.end);
  for (const r of requirements) {
    if (r.legal || REPLACED_KINDS.has(r.kind) || inKeptLine(r)) continue;
    const text = input.rephrased.get(r.id) ?? r.text;
    addDayOne(r.mandatory ? text : `${text} (${t(lang, 'pluspunt', 'a plus')})`);
  }
  for (const s of input.skills.filter((s) => s.mustHave)) addDayOne(skillLabel(s, lang));
  const learn = input.skills.filter((s) => !s.mustHave).map((s) => bullet(skillLabel(s, lang)));
  const legal = requirements.filter((r) => r.legal && r.legalBasis).map((r) => bullet(
    `${r.text} — ${t(lang, 'wettelijk vereist', 'required by law')}: ${r.legalBasis?.citation}. ${r.legalBasis?.obtainableAfterHiring
      ? t(lang, 'Je kunt dit ook na je aanstelling halen', 'You can also obtain this after you are hired')
      : t(lang, 'Dit moet je hebben voordat je begint', 'You need this before you start')}.`));
  const p = input.profile;
  const profileItems = [...p.motivation, ...p.values, ...p.workingStyle, ...p.teamContribution, ...p.learningNeeds].map(bullet);

  const sections: Rewritten['sections'] = [];
  const add = (id: string, heading: string, markdown: string) => { if (markdown.trim()) sections.push({ id, heading, markdown: markdown.trim() }); };
  add('intro', '', before);
  add('day-one', t(lang, 'Wat je meebrengt vanaf dag één', 'What you bring from day one'), dayOne.join('\n'));
  add('learn', t(lang, 'Wat je bij ons leert', 'What you learn with us'), learn.join('\n'));
  add('person-profile', t(lang, 'Wie je bent', 'Who you are'), [p.summary, '', ...profileItems].join('\n'));
  add('legal', t(lang, 'Wettelijke eisen', 'Legal requirements'), legal.join('\n'));
  if (input.hasDiploma) {
    add('no-diploma', t(lang, 'Geen diploma?', 'No diploma?'), t(lang,
      'Geen diploma? Geen probleem: ervaring, opgedaan in werk, vrijwilligerswerk of een cursus, telt net zo zwaar. Laat zien wat je kunt; wat je nog mist, leer je bij ons.',
      "No degree? No problem: experience from work, volunteering or a course counts just as much. Show what you can do; what you still miss, you learn with us."));
  }
  add('rest', '', after);
  add('attribution', '', `_${ESCO_ATTRIBUTION}_`);

  const title = input.title ? `# ${input.title}\n\n` : '';
  const markdown = title + sections.map((s) => (s.heading ? `## ${s.heading}\n\n${s.markdown}` : s.markdown)).join('\n\n') + '\n';
  return { markdown, sections };
}

function skillLabel(skill: Skill, language: Language): string {
  if (skill.untranslated && language === 'nl') return `${skill.label}${skill.groupLabel ? ` (${skill.groupLabel})` : ''}`;
  return skill.label;
}
