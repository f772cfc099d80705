import { describe, expect, it } from 'vitest';
import { Translation } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { translateOffline } from './translate';

const vacancy = (title: string, text: string, language: 'nl' | 'en' | null = null) =>
  Vacancy.parse({ isVacancy: true, title, employer: null, location: null, language, text, source: 'text' });

const dutch = vacancy(
  'Vrachtwagenchauffeur (m/v/x)',
  [
    'Wat ga je doen',
    'Je rijdt dagelijks naar klanten in de regio.',
    '',
    'Wat vragen wij',
    '- mbo niveau 3',
    '- rijbewijs C en Code 95',
    '- minimaal 3 jaar ervaring als chauffeur',
    '- Je bent stressbestendig en klantgericht',
    '- VCA is een pré',
    '',
    'Wat bieden wij',
    '- Een goed salaris en 25 vakantiedagen',
  ].join('\n'),
  'nl',
);

const english = vacancy(
  'Data Analyst',
  [
    'Responsibilities',
    '- Build dashboards for the sales team',
    '',
    'Requirements',
    "- Bachelor's degree in Statistics or equivalent practical experience",
    '- Strong SQL skills',
    '- You are curious and a team player',
    '',
    'Preferred qualifications',
    '- Experience with Python is a plus',
  ].join('\n'),
);

describe('translateOffline', () => {
  const taxonomy = getTaxonomy();
  const nl = Translation.parse(translateOffline(dutch, taxonomy));
  const en = Translation.parse(translateOffline(english, taxonomy));
  const kindOf = (t: Translation, text: string) => t.requirements.find((r) => r.text.includes(text));

  it.each([
    [nl, 'mbo niveau 3', 'education_level', true],
    [nl, 'rijbewijs C', 'licence', true],
    [nl, '3 jaar ervaring', 'experience', true],
    [nl, 'stressbestendig', 'trait', true],
    [nl, 'VCA', 'certificate', false],
    [en, "Bachelor's degree in Statistics", 'diploma', true],
    [en, 'SQL', 'skill', true],
    [en, 'curious', 'trait', true],
    [en, 'Python', 'experience', false],
  ] as const)('classifies %#: "%s" as %s (mandatory %s)', (t, text, kind, mandatory) => {
    const r = kindOf(t, text);
    expect(r?.kind).toBe(kind);
    expect(r?.mandatory).toBe(mandatory);
  });

  it('leaves tasks and the offer out of the requirements', () => {
    expect(nl.requirements.some((r) => /rijdt dagelijks|salaris/.test(r.text))).toBe(false);
    expect(en.requirements.some((r) => /dashboards/.test(r.text))).toBe(false);
  });

  it.each([[nl], [en]])('translates every education requirement into ≥ 3 known ESCO skills (%#)', (t) => {
    for (const r of t.requirements.filter((x) => x.kind === 'diploma' || x.kind === 'education_level')) {
      const skills = t.skills.filter((s) => s.requirementIds.includes(r.id));
      expect(skills.length).toBeGreaterThanOrEqual(3);
      for (const s of skills) expect(s.uri && taxonomy.isKnownUri(s.uri)).toBe(true);
      expect(skills.some((s) => s.mustHave)).toBe(true);
      expect(skills.some((s) => !s.mustHave)).toBe(true);
    }
  });

  it('keeps the driving licence for a driver, with its legal basis, and VCA as the plus it is', () => {
    const licence = kindOf(nl, 'rijbewijs C');
    expect(licence?.legal).toBe(true);
    expect(licence?.legalBasis?.bwbr).toBe('BWBR0006622');
    expect(nl.rewritten.markdown).toContain('rijbewijs C');
    expect(kindOf(nl, 'VCA')?.legal).toBe(false);
    // The table knows VCA, and says no law asks it of the candidate (reading of untuned output).
    expect(licence?.legalBasis?.label).toBe('wettelijk vereist');
    expect(kindOf(nl, 'VCA')?.legalBasis?.label).toBe('geen wettelijke eis voor de kandidaat');
    // A plus needs no "you can obtain it after you start": it asks nothing before the start.
    expect(kindOf(nl, 'VCA')?.mandatory).toBe(false);
    expect(nl.changes.some((c) => c.rule === 'legal.not-statutory.nl.arbo.vca')).toBe(false);
    expect(nl.rewritten.markdown).toContain('- VCA is een pré\n');
  });

  it('keeps a licence the law would require but the posting calls a plus as a plus, not as law (reading of untuned output)', () => {
    const out = translateOffline(
      vacancy('Vrachtwagenchauffeur', ['Wat vragen wij', '- Rijbewijs C', '- Een A-rijbewijs is een sterke pré'].join('\n'), 'nl'),
      getTaxonomy(),
    );
    const plus = kindOf(out, 'A-rijbewijs');
    expect(plus?.mandatory).toBe(false);
    expect(plus?.legal).toBe(false);
    expect(plus?.legalBasis?.label).toBe('geen wettelijke eis voor de kandidaat');
    expect(kindOf(out, 'Rijbewijs C')?.legal).toBe(true);
  });

  it('rewrites years of experience into competence and warns', () => {
    expect(nl.rewritten.markdown).not.toMatch(/3 jaar/);
    expect(nl.warnings.some((w) => w.code === 'experience-years')).toBe(true);
    // The warning says the text already names the competence, not to go and describe it (reading of untuned output).
    expect(nl.warnings.find((w) => w.code === 'experience-years')?.message).toMatch(/de tekst noemt nu de bekwaamheid/u);
  });

  it('writes the result in the posting language with profile, JSON-LD and attribution', () => {
    expect(nl.language).toBe('nl');
    expect(en.language).toBe('en');
    // The requirement block the rewrite changed is "what you bring" (EXEMPLARS.md, principles 1–2);
    // traits move to the person profile's section.
    expect(nl.rewritten.markdown).toMatch(/### Wat je meebrengt\n[^]*### Wie je bent/);
    expect(nl.rewritten.markdown).not.toContain('### Wat vragen wij');
    expect(en.rewritten.markdown).toMatch(/### What you bring\n[^]*### Who you are/);
    expect(nl.personProfile.workingStyle.length + nl.personProfile.values.length).toBeGreaterThan(0);
    expect(en.rewritten.jsonLd?.['@type']).toBe('JobPosting');
    expect(en.attribution).toMatch(/ESCO/);
    expect(nl.changes.every((c) => c.rule && c.reason)).toBe(true);
  });

  it('marks skills without a Dutch ESCO label as untranslated, with the Dutch group label', () => {
    const untranslated = nl.skills.filter((s) => s.untranslated);
    for (const s of untranslated) expect(s.labelLanguage).toBe('en');
    expect(nl.skills.filter((s) => !s.untranslated).every((s) => s.labelLanguage === 'nl')).toBe(true);
  });

  it('flags age proxies and a title that names one gender, not a neutral one', () => {
    const t = translateOffline(vacancy('Verkoopmedewerkster', 'Wat vragen wij\n- Je bent recent afgestudeerd\n- Je past in ons jonge team', 'nl'), taxonomy);
    expect(t.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['age-proxy', 'title-not-neutral']));
    const neutral = translateOffline(vacancy('Developer', 'Wat vragen wij\n- Je kent SQL', 'nl'), taxonomy);
    expect(neutral.warnings.map((w) => w.code)).not.toContain('title-not-neutral');
  });
});

describe('a certificate where the law asks the employer to instruct (#16)', () => {
  const t = translateOffline(
    vacancy(
      'Magazijnmedewerker',
      ['Wat vragen wij', '- Je hebt een heftruckcertificaat', '- Een reachtruckcertificaat is een pré; we leren het je ook graag'].join('\n'),
      'nl',
    ),
    getTaxonomy(),
  );
  const demanded = t.requirements.find((r) => /heftruck/.test(r.text))!;
  const plus = t.requirements.find((r) => /reachtruck/.test(r.text))!;

  it('is no legal demand: it can be met after hiring, and the law stays cited', () => {
    expect(demanded.legal).toBe(false);
    expect(demanded.legalBasis?.citation).toMatch(/Arbeidsomstandighedenbesluit/);
    expect(t.changes.find((c) => c.requirementId === demanded.id)?.action).toBe('rephrase');
    expect(t.rewritten.markdown).not.toMatch(/Wat de wet vraagt/);
  });

  it('raises no "the law requires it" warning on a plus that offers training', () => {
    expect(plus.legal).toBe(false);
    expect(t.warnings.map((w) => w.code)).not.toContain('legal-denied');
  });
});

describe('a change the text did not take is a proposal (#16)', () => {
  // A footnote mark points to the posting's own way past the diploma: the line stays as it is.
  const t = translateOffline(
    vacancy(
      'Financieel analist',
      [
        'Wat ga je doen?',
        'Je maakt analyses van geldstromen.',
        '',
        'Wie ben jij?',
        'Verder heb je:',
        '',
        '- hbo bachelor werk- en denkniveau*;',
        '',
        '* Of je hebt twee jaar ervaring op dit niveau.',
      ].join('\n'),
      'nl',
    ),
    getTaxonomy(),
  );
  const level = t.requirements.find((r) => /denkniveau/.test(r.text))!;

  it('says "vervang" and that the sentence stays, never that it was replaced', () => {
    expect(t.rewritten.markdown).toContain('hbo bachelor werk- en denkniveau*');
    const reason = t.changes.find((c) => c.requirementId === level.id)!.reason;
    expect(reason).toMatch(/^Voorstel: vervang de diploma-eis door /);
    expect(reason).toMatch(/blijft de zin staan/);
  });

  it('leaves the reason of a change the text carried as it was', () => {
    const carried = translateOffline(
      vacancy(
        'Financieel analist',
        ['Wat ga je doen?', 'Je maakt analyses van geldstromen.', '', 'Wat vragen wij', '- hbo werk- en denkniveau', '- Je bent nauwkeurig'].join('\n'),
        'nl',
      ),
      getTaxonomy(),
    );
    const r = carried.requirements.find((x) => /denkniveau/.test(x.text))!;
    expect(carried.changes.find((c) => c.requirementId === r.id)!.reason).toMatch(/^Diploma-eis vervangen door /);
    // A quality whose line left for the profile says it moved.
    const trait = carried.requirements.find((x) => /nauwkeurig/.test(x.text))!;
    expect(carried.changes.find((c) => c.requirementId === trait.id)!.reason).not.toMatch(/blijft de zin staan/);
  });

  it('says a quality said in "Mooi meegenomen" stays a plus, not that it moved to the profile (reading of untuned output)', () => {
    const plus = translateOffline(
      vacancy(
        'Financieel analist',
        ['Wat ga je doen?', 'Je maakt analyses van geldstromen.', '', 'Wat vragen wij', '- hbo werk- en denkniveau', '- Affiniteit met muziek is een pré'].join(
          '\n',
        ),
        'nl',
      ),
      getTaxonomy(),
    );
    const r = plus.requirements.find((x) => /muziek/.test(x.text))!;
    expect(plus.rewritten.markdown).toContain('### Mooi meegenomen\n\n- ');
    // (A plus stays a plus: its card says so, and proposes no profile that will not hold it.)
    expect(plus.changes.find((c) => c.requirementId === r.id)).toMatchObject({ action: 'keep', rule: 'keep.plus-trait' });
  });
});

describe('a task list under a heading Vaardig does not know still says what a level stood for (#15)', () => {
  const text = [
    'We zoeken een e-mailmarketeer.',
    '',
    '**In jouw eerste maand:**',
    '- Leer je onze systemen kennen',
    '- Ontwikkel je logische segmenten voor persoonlijke campagnes',
    '- Controleer je de e-maildatabase',
    '',
    '**Waar beschik je over**',
    '- HBO werk- en denkniveau',
    '- Je kunt HTML lezen',
    '',
    'Wij bieden:',
    '- Een goed salaris',
  ].join('\n');
  const t = translateOffline(vacancy('E-mailmarketeer', text, 'nl'), getTaxonomy());

  it('replaces the level with the abilities those items name, and not with what the reader learns', () => {
    const md = t.rewritten.markdown;
    expect(md).not.toContain('HBO werk- en denkniveau');
    expect(md).toContain('- Je kunt logische segmenten voor persoonlijke campagnes ontwikkelen.');
    expect(md).toContain('- Je kunt de e-maildatabase controleren.');
    expect(md).not.toMatch(/Je kunt onze systemen/);
    // The items themselves stay where they were.
    expect(md).toContain('- Ontwikkel je logische segmenten voor persoonlijke campagnes');
  });
});

describe('an internship that asks for a student in a year of a programme (#16)', () => {
  it.each(['Je bent een 2e, 3e of 4e jaars MBO/HBO student', 'Vierdejaars hbo-student voor een van de onderwijsbevoegdheden'])(
    'keeps "%s" as the internship\'s condition',
    (line) => {
      const t = translateOffline(vacancy('Stagiair HR', ['Wat vragen wij', `- ${line}`, '- Je bent nauwkeurig'].join('\n'), 'nl'), getTaxonomy());
      const r = t.requirements.find((x) => x.text.includes(line.slice(0, 20)))!;
      expect(t.changes.find((c) => c.requirementId === r.id)?.rule).toBe('education.enrolled');
      expect(t.rewritten.markdown).toContain(line);
    },
  );
});

describe('a Belgian posting gets no Dutch programme code (#16)', () => {
  it('names the field a diploma asks for without its CROHO or crebo number', () => {
    const t = translateOffline(
      vacancy(
        'Logistiek bediende',
        [
          'Functieomschrijving',
          'Je volgt bestellingen op. Je plant transporten.',
          '',
          'Profiel',
          '- Professionele bachelor Logistiek',
          '- Je bent nauwkeurig',
          '',
          'Aanbod',
          '- Maaltijdcheques en ecocheques',
          '- Hospitalisatieverzekering',
          '',
          'Solliciteer via VDAB in Antwerpen.',
        ].join('\n'),
        'nl',
      ),
      getTaxonomy(),
    );
    expect(t.region).toBe('BE');
    const r = t.requirements.find((x) => /bachelor/i.test(x.text))!;
    const reason = t.changes.find((c) => c.requirementId === r.id)!.reason;
    expect(reason).toMatch(/Logistiek/);
    expect(reason).not.toMatch(/\(\d{5}\)/);
  });
});

describe('the JobPosting says what the rewritten text asks (reading of untuned output)', () => {
  const ld = (title: string, lines: string[]) => translateOffline(vacancy(title, lines.join('\n'), 'nl'), getTaxonomy()).rewritten.jsonLd!;
  it('names no education level for a diploma the text replaced, and the competence for the years', () => {
    const got = ld('Planner', [
      'Wat ga je doen',
      '- Je plant de ritten van onze chauffeurs',
      '- Je stelt offertes op',
      '',
      'Wat vragen wij',
      '- Hbo werk- en denkniveau',
      '- Minimaal 3 jaar ervaring als planner',
      '- Je bent nauwkeurig',
    ]);
    expect(got.educationRequirements).toBeUndefined();
    expect(got.experienceInPlaceOfEducation).toBe(true);
    expect(String(got.experienceRequirements ?? '')).not.toMatch(/3 jaar/);
  });
  it('keeps the level of a diploma the law requires', () => {
    const got = ld('Verpleegkundige', [
      'Wat vragen wij',
      '- Je hebt een diploma verpleegkunde (mbo niveau 4 of hbo)',
      '- Je bent BIG-geregistreerd als verpleegkundige',
    ]);
    expect(got.educationRequirements).toBeDefined();
    expect(got.experienceInPlaceOfEducation).toBe(false);
  });
});

describe('a year count is flagged even where the sentence says nothing else (reading of untuned output)', () => {
  const codes = (lines: string[]) => translateOffline(vacancy('Software engineer', lines.join('\n'), 'nl'), getTaxonomy()).warnings.map((w) => w.code);
  it('flags "drie tot vijf jaar" werkervaring as a maximum, once', () => {
    const got = codes(['Wat vragen wij', '- Je hebt een aantal jaren (drie tot vijf jaar) werkervaring', '- Je bent nauwkeurig']);
    expect(got.filter((c) => c === 'age-proxy' || c === 'experience-years')).toEqual(['age-proxy']);
  });
  it('leaves a count that is not of experience alone', () => {
    const got = codes(['Wat vragen wij', '- Je werkt samen met ons marketingbureau, waar we al meer dan 15 jaar mee samenwerken', '- Je bent nauwkeurig']);
    expect(got).not.toContain('experience-years');
  });
});

/** A data scientist's posting with `tasks` and a master's degree asked. */
const dataScientist = (tasks: string[]) =>
  translateOffline(
    vacancy(
      'Data Scientist',
      ['What you will do', ...tasks, '', 'Requirements', "- A master's degree in statistics", '- Experience with Python'].join('\n'),
      'en',
    ),
    getTaxonomy(),
  );

describe('a diploma stands for what the posting names, not for skills it never asks (readers of untuned output)', () => {
  it("makes the occupation's core a must-have only when the posting names none of the diploma's skills", () => {
    const got = dataScientist(['- Build predictive models for our sales team.']);
    const must = got.skills.filter((s) => s.mustHave).map((s) => s.label);
    expect(must).toContain('statistics');
    expect(must).not.toContain('visual presentation techniques');
    expect(got.rewritten.markdown).not.toMatch(/visual presentation/);
  });
});

describe('"What you learn with us" promises only what the posting names (readers of untuned output)', () => {
  it('names no skill whose words the posting uses only apart ("projects" … "management team")', () => {
    const got = dataScientist(['- Build predictive models to perform analyses for our projects.', '- Report to the management team.']);
    expect(got.rewritten.markdown).not.toMatch(/You learn to perform project management/);
  });
});

describe('a programme of the register the posting names (reading of untuned output)', () => {
  it('reads "MBO Bouwkunde, niveau 2, Timmerman" as the MBO qualification Timmerman, not the HBO programme Bouwkunde', () => {
    const t = translateOffline(
      vacancy('Onderhoudstimmerman', ['Functie-eisen', '- MBO Bouwkunde, niveau 2, Timmerman', '- Je bent zelfstandig'].join('\n'), 'nl'),
      getTaxonomy(),
    );
    const diploma = t.requirements.find((r) => r.kind === 'diploma')!;
    const reason = t.changes.find((c) => c.requirementId === diploma.id)?.reason ?? '';
    expect(reason).toContain('Timmerman (25128)');
    expect(reason).not.toContain('34263');
  });
});
