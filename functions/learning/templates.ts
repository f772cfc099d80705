/**
 * Route templates written by the project for non-formal and informal learning. They are tied to
 * skill groups, not single skills: a selector is a "+"-joined conjunction of
 *   type:knowledge | type:skill
 *   reuse:transversal | reuse:cross-sector | reuse:sector-specific | reuse:occupation-specific
 *   group:<regex on the ESCO skill group's Dutch label>
 * and a template covers a skill when any of its selectors matches it.
 */
import type { Taxonomy } from '../taxonomy';
import type { Offer, OfferRecord } from './types';

const REUSE = ['transversal', 'cross-sector', 'sector-specific', 'occupation-specific'];

/** What a selector can test about a skill. */
export interface SkillFacts {
  knowledge: boolean;
  reuse: number;
  group: string | null;
}

export function skillFacts(taxonomy: Taxonomy, id: number): SkillFacts {
  const skill = taxonomy.skill(id);
  return { knowledge: skill.knowledge, reuse: skill.reuse, group: skill.groupNl };
}

type Test = (skill: SkillFacts) => boolean;

/** A selector read once into a test: every gap skill of every translation is held against it. */
function compile(selector: string): Test {
  const parts = selector.split('+').map((part): Test => {
    const [kind, value = ''] = part.split(/:(.*)/s);
    if (kind === 'type') return (skill) => value === (skill.knowledge ? 'knowledge' : 'skill');
    if (kind === 'reuse') return (skill) => REUSE[skill.reuse] === value;
    if (kind === 'group') {
      const pattern = new RegExp(value, 'i');
      return (skill) => !!skill.group && pattern.test(skill.group);
    }
    const any = kind === '*';
    return () => any;
  });
  return (skill) => parts.every((test) => test(skill));
}

const compiled = new Map<string, Test>();

export function selectorMatches(selector: string, skill: SkillFacts): boolean {
  let test = compiled.get(selector);
  if (!test) compiled.set(selector, (test = compile(selector)));
  return test(skill);
}

export function templateCovers(skillGroups: string[], skill: SkillFacts): boolean {
  return skillGroups.some((selector) => selectorMatches(selector, skill));
}

/** The templates' descriptions for an English interface (#17); the catalogue stores the Dutch ones. */
export const TEMPLATE_DESCRIPTION_EN: ReadonlyMap<string, string> = new Map([
  [
    'template:buddy',
    'An experienced colleague hands out real assignments from the work, shows them first and talks them through afterwards; one new skill a week.',
  ],
  ['template:mentor', 'A mentor inside or outside the company goes over what went well and what comes next, every two weeks.'],
  ['template:peer-group', 'Four to six colleagues in similar work discuss a case from their own practice every month.'],
  [
    'template:learning-community',
    'Professionals from several companies and a trainer share knowledge in regular meetings, such as a regional learning hub or a trade association.',
  ],
  [
    'template:bbl-workplace',
    'Four days of work guided by a workplace trainer and one day at school; the company must be recognised by SBB as a training company.',
  ],
  [
    'template:evc',
    'A recognised EVC provider assesses with a portfolio and a practical assessment what someone can already do; the certificate of experience can give exemptions in a programme.',
  ],
]);

type Template = Pick<OfferRecord, 'key' | 'titleNl' | 'titleEn' | 'form' | 'type' | 'mode' | 'description' | 'durationMonths' | 'costEur'> & {
  skillGroups: string[];
  /** How sure a template is to teach a covered skill: lower than a programme that names it. */
  confidence: number;
};

const PEOPLE = 'communic|samenwerk|team|leiding|toezicht|management|coach|mentor|motiv|onderhandel|conflict|ondersteun|advis';

export const TEMPLATES: Template[] = [
  {
    key: 'template:buddy',
    titleNl: 'Leeropdracht op de werkplek met een buddy',
    titleEn: 'On-the-job assignment with a buddy',
    form: 'informal',
    type: 'on-the-job',
    mode: 'work-based',
    description: 'Een ervaren collega geeft echte opdrachten uit het werk, doet ze eerst voor en bespreekt ze na; elke week één nieuwe vaardigheid.',
    durationMonths: 3,
    costEur: 0,
    skillGroups: ['type:skill+reuse:occupation-specific', 'type:skill+reuse:sector-specific'],
    confidence: 0.6,
  },
  {
    key: 'template:mentor',
    titleNl: 'Mentor of werkcoach',
    titleEn: 'Mentor or workplace coach',
    form: 'informal',
    type: 'mentoring',
    mode: 'work-based',
    description: 'Een mentor in of buiten het bedrijf spreekt elke twee weken door wat goed ging en wat de volgende stap is.',
    durationMonths: 6,
    costEur: 0,
    skillGroups: ['type:skill+reuse:transversal', 'type:skill+reuse:cross-sector', `type:skill+group:${PEOPLE}`],
    confidence: 0.5,
  },
  {
    key: 'template:peer-group',
    titleNl: 'Intervisie in een peergroep',
    titleEn: 'Peer group (intervision)',
    form: 'informal',
    type: 'peer-group',
    mode: 'work-based',
    description: "Vier tot zes collega's in vergelijkbaar werk bespreken maandelijks een casus uit hun eigen praktijk.",
    durationMonths: 6,
    costEur: 0,
    skillGroups: ['reuse:transversal', `group:${PEOPLE}|ethi|kwaliteit|veilig|hygi`],
    confidence: 0.4,
  },
  {
    key: 'template:learning-community',
    titleNl: 'Leergemeenschap met vakgenoten',
    titleEn: 'Learning community (community of practice)',
    form: 'non-formal',
    type: 'learning-community',
    mode: 'hybrid',
    description: 'Vakmensen uit meerdere bedrijven en een opleider delen kennis in vaste bijeenkomsten, zoals een regionale leerhub of een vakvereniging.',
    durationMonths: 6,
    costEur: 0,
    skillGroups: ['type:knowledge+reuse:sector-specific', 'type:knowledge+reuse:cross-sector', 'type:knowledge+reuse:occupation-specific'],
    confidence: 0.4,
  },
  {
    key: 'template:bbl-workplace',
    titleNl: 'BBL-leerwerkplek: leren en werken tegelijk',
    titleEn: 'BBL learn-and-work place',
    form: 'non-formal',
    type: 'bbl-workplace',
    mode: 'work-based',
    description: 'Vier dagen werken met begeleiding van een praktijkopleider en één dag naar school; het bedrijf moet door SBB erkend zijn als leerbedrijf.',
    durationMonths: 24,
    costEur: 0,
    skillGroups: ['reuse:occupation-specific', 'reuse:sector-specific'],
    confidence: 0.5,
  },
  {
    key: 'template:evc',
    titleNl: 'EVC-procedure: erkenning van verworven competenties',
    titleEn: 'Recognition of prior learning (EVC procedure)',
    form: 'non-formal',
    type: 'evc',
    mode: 'work-based',
    description:
      'Een erkende EVC-aanbieder beoordeelt met een portfolio en praktijkassessment wat iemand al kan; het ervaringscertificaat kan vrijstellingen geven in een opleiding.',
    durationMonths: 3,
    costEur: null,
    skillGroups: ['*'],
    confidence: 0.3,
  },
];

/** The templates as catalogue records (source "template", no source id). */
export function templateRecords(): OfferRecord[] {
  return TEMPLATES.map(({ confidence: _confidence, ...t }) => ({
    ...t,
    source: 'template',
    sourceId: null,
    provider: null,
    nlqf: null,
    eqf: null,
    studyLoad: null,
    studyLoadUnit: null,
    workBased: true,
    region: null,
    language: null,
    url: null,
    legalIds: [],
    skills: [],
  }));
}

export function templateConfidence(key: string): number {
  return TEMPLATES.find((t) => t.key === key)?.confidence ?? 0.4;
}

/** The templates as offers, for a catalogue that has not been loaded yet (negative ids). */
export function builtinTemplates(): Offer[] {
  return templateRecords().map(({ skills: _skills, ...record }, index) => ({ ...record, id: -(index + 1) }));
}
