import { describe, expect, it } from 'vitest';
import { Translation } from '../../../shared/translation';
import { Vacancy } from '../../../shared/vacancy';
import { getTaxonomy } from '../../taxonomy';
import { translateOffline } from './translate';

const translate = (title: string, lines: string[], region: 'NL' | 'BE' | null = null) =>
  Translation.parse(
    translateOffline(
      Vacancy.parse({ isVacancy: true, title, employer: null, location: null, language: 'nl', text: lines.join('\n'), source: 'text' }),
      getTaxonomy(),
      { region },
    ),
  );

const childcare = ['Wat vragen wij', '- Een mbo-diploma Pedagogisch medewerker kinderopvang', '- Je bent geduldig en zorgzaam'];

describe('what the law asks of everyone in the job, added when the posting leaves it out (EXEMPLARS principle 4)', () => {
  it('adds the childcare VOG and register from the legal table, with its law, and flags it on its card', () => {
    const t = translate('Pedagogisch medewerker kinderopvang', childcare);
    const added = t.requirements.find((r) => r.legalBasis?.id === 'nl.kinderopvang.vog_personenregister');
    expect(added).toMatchObject({ legal: true, mandatory: true, span: null });
    expect(t.rewritten.markdown).toMatch(
      /### Wat de wet vraagt[^]*- VOG en inschrijving Personenregister kinderopvang\. Wettelijke basis: [^\n]*Wet kinderopvang/u,
    );
    expect(t.changes.find((c) => c.requirementId === added!.id)).toMatchObject({ action: 'keep-legal', rule: 'legal.added-from-table' });
    expect(t.changes.find((c) => c.requirementId === added!.id)?.reason).toMatch(/bevestigen/u);
  });
  it('adds nothing the posting already asks', () => {
    const t = translate('Pedagogisch medewerker kinderopvang', [...childcare, '- Je hebt een geldige VOG']);
    expect(t.requirements.filter((r) => r.legalBasis?.id === 'nl.kinderopvang.vog_personenregister')).toHaveLength(1);
    expect(t.changes.some((c) => c.rule === 'legal.added-from-table')).toBe(false);
  });
  it('adds no Dutch statute to a Belgian posting, and nothing to another job', () => {
    expect(translate('Begeleider kinderopvang', childcare, 'BE').changes.some((c) => c.rule === 'legal.added-from-table')).toBe(false);
    expect(
      translate('Administratief medewerker', ['Wat vragen wij', '- Een mbo-diploma', '- Je bent nauwkeurig']).changes.some(
        (c) => c.rule === 'legal.added-from-table',
      ),
    ).toBe(false);
  });
});

describe('a legal chain the posting leaves half-done is completed from the table (EXEMPLARS principle 4; reading of untuned output)', () => {
  const teacher = ['Wat vragen wij', '- Je hebt een tweedegraads bevoegdheid Nederlands', '- Je bent enthousiast'];
  it('adds the certificate of conduct a secondary-school teacher needs before the appointment, with its law, flagged', () => {
    const t = translate('Docent Nederlands voortgezet onderwijs', teacher);
    const vog = t.requirements.find((r) => r.legal && !r.span && /VOG/u.test(r.text));
    expect(vog?.legalBasis).toMatchObject({ id: 'nl.onderwijs.vo.leraar', obtainableAfterHiring: false });
    expect(t.rewritten.markdown).toMatch(
      /### Wat de wet vraagt[^]*- Je hebt een Verklaring Omtrent het Gedrag \(VOG\)\. Wettelijke basis: [^\n]*Dit heb je nodig voordat je begint\./u,
    );
    expect(t.changes.find((c) => c.requirementId === vog!.id)).toMatchObject({ action: 'keep-legal', rule: 'legal.chain-from-table' });
    // The law's shorthand "thans" is said in plain words.
    expect(t.rewritten.markdown).not.toMatch(/thans/u);
  });
  it('adds the BIG registration a nursing diploma opens, when the posting names only the diploma (exemplar 1)', () => {
    const nurse = ['Wat vragen wij?', '- Een diploma Verpleegkunde', '- Je bent zorgzaam'];
    const t = translate('Verpleegkundige cardiologie', nurse);
    const big = t.requirements.find((r) => r.legal && !r.span && r.legalBasis?.id === 'nl.zorg.big.verpleegkundige');
    expect(big?.text).toBe('Je staat als verpleegkundige in het BIG-register');
    expect(t.rewritten.markdown).toMatch(
      /### Wat de wet vraagt[^]*- Je staat als verpleegkundige in het BIG-register\. Wettelijke basis: art\. 3 en 4 Wet BIG/u,
    );
    expect(t.changes.find((c) => c.requirementId === big!.id)).toMatchObject({ action: 'keep-legal', rule: 'legal.chain-from-table' });
    // (Named by the posting, it is not added again.)
    const named = translate('Verpleegkundige cardiologie', [...nurse, '- Je bent BIG-geregistreerd']);
    expect(named.requirements.filter((r) => r.legalBasis?.id === 'nl.zorg.big.verpleegkundige' && !r.span)).toHaveLength(0);
  });
  it('splits a legal diploma from the specialisation it names: the law asks the diploma only (principle 5, exemplar 1)', () => {
    const t = translate('Gespecialiseerd verpleegkundige', [
      'Wat ga je doen?',
      'Je houdt het overzicht, analyseert resultaten en bewaakt patiënten tijdens onderzoeken.',
      '',
      'Wat vragen wij?',
      '- Een diploma Verpleegkunde met specialisatie SEH, IC of CCU',
    ]);
    const law = t.rewritten.markdown.split('### Wat de wet vraagt')[1] ?? '';
    expect(law).toMatch(/^\s*- Je hebt een diploma Verpleegkunde\. Wettelijke basis/u);
    expect(law).not.toMatch(/specialisatie/u);
    expect(t.requirements.find((r) => /^specialisatie SEH/u.test(r.text))).toMatchObject({ legal: false, mandatory: true });
    expect(t.rewritten.markdown).toMatch(/### Wat je meebrengt\n\n[^#]*- Je kunt resultaten analyseren\./u);
  });
  it("says the law's line to the reader in the posting's words, and names the qualification a vague line stands for (exemplar 2)", () => {
    const t = translate('Pedagogisch medewerker kinderopvang', ['Wat vragen wij?', '- Een relevante opleiding met diploma', '- Je bent geduldig']);
    const law = t.rewritten.markdown.split('### Wat de wet vraagt')[1] ?? '';
    expect(law).toMatch(/^\s*- Je hebt een relevante opleiding met diploma \(volgens de wet: [^)]*kinderopvang[^)]*\)\. Wettelijke basis: /u);
  });
  it('adds nothing when the posting names the VOG itself', () => {
    const t = translate('Docent Nederlands voortgezet onderwijs', [...teacher, '- Je hebt een VOG']);
    expect(t.changes.some((c) => c.rule === 'legal.chain-from-table')).toBe(false);
  });
});
