import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  harness,
  expectGuarded,
  finderOf,
  LOGISTICS,
  logisticsAnswer as logisticsFor,
  NURSE,
  nurseAnswer as nurseFor,
  offlineOf,
  PII,
  vacancy,
  type Harness,
} from './fixtures';

let h: Harness;
beforeEach(async () => {
  await h?.standIn.close();
  h = await harness();
});
afterAll(() => h.standIn.close());

const logistics = vacancy(LOGISTICS, 'Medewerker logistiek');
const nurse = vacancy(NURSE, 'Verpleegkundige VVT');
const logisticsAnswer = () => logisticsFor(finderOf(logistics));
const nurseAnswer = () => nurseFor(finderOf(nurse));
const find = finderOf(logistics);

describe('Claude engine: answers', { timeout: 30_000 }, () => {
  it('turns a good answer into a grounded Claude translation', async () => {
    h.standIn.script({ answer: logisticsAnswer() });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expect(result.fallback).toBeNull();
    expectGuarded(result, logistics);

    expect(result.requirements.map((r) => r.kind)).toEqual(['education_level', 'experience', 'certificate', 'trait']);
    const education = result.requirements[0]!;
    expect(LOGISTICS.slice(education.span!.start, education.span!.end)).toBe('Een afgeronde mbo niveau 3 opleiding');
    const grounded = result.skills.filter((s) => s.requirementIds.includes(education.id));
    expect(grounded.length).toBeGreaterThanOrEqual(3);
    for (const skill of grounded) expect(skill).toMatchObject({ verified: true, uri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//) });
    expect(result.personProfile.summary).toMatch(/rustig/);
    expect(result.rewritten.markdown).toMatch(/Geen diploma\? Ervaring telt ook/);
    // The model's text stands in the diploma's own block, linked to the model's requirement.
    const diplomaBlock = result.rewritten.blocks.find((b) => b.id === find(/mbo niveau 3/, 'changed'))!;
    expect(diplomaBlock).toMatchObject({ kind: 'changed', markdown: expect.stringMatching(/^- Je kunt orders verzamelen/) });
    expect(diplomaBlock.requirementIds).toContain(education.id);
    const learn = result.rewritten.blocks.findIndex((b) => b.markdown === '### Wat je bij ons leert');
    expect(result.rewritten.blocks[learn]!.kind).toBe('added');
    expect(result.rewritten.blocks[learn]!.source).toBeUndefined();
    expect(result.rewritten.blocks[learn - 1]!.id).toBe(find(/Je bent stressbestendig/, 'changed'));
    expect(result.rewritten.readingLevel).toMatch(/^(A|B|C)\d \(Flesch-Douma -?\d+\)$/);
    expect(result.usage).toMatchObject({ model: 'claude-sonnet-4-6', requests: 1 });
    expect(h.progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['offline', 'request', 'receiving', 'guards']));
  });

  it('sends no personal data and restores it in the parts the model kept', async () => {
    h.standIn.script({ answer: logisticsAnswer() });
    const result = await h.run(logistics);
    const sent = JSON.stringify(h.standIn.requests[0]!.body);
    for (const value of PII.slice(0, 3)) expect(sent).not.toContain(value);
    expect(sent).toContain('[NAME_1]');
    // The draft goes too, as a second document, with the same placeholders.
    const documents = (h.standIn.requests[0]!.body.messages as Array<{ content: Array<{ type: string; source?: { data: string } }> }>)[0]!.content.filter(
      (c) => c.type === 'document',
    );
    expect(documents).toHaveLength(2);
    expect(documents[1]!.source!.data).toContain('"fixed":true');
    expect(documents[1]!.source!.data).toContain('Neem contact op met [NAME_1] via [PHONE_1] of [EMAIL_1].');
    expect(result.rewritten.markdown).toContain('Vragen? Neem contact op met Petra Jansen via 06-12345678 of p.jansen@dcmidden.nl.');
    expect(result.rewritten.markdown).not.toMatch(/\[(NAME|PHONE|EMAIL)_\d\]/);
  });

  it("keeps the posting's own line when the model rewrites a line that holds no requirement", async () => {
    const answer = logisticsAnswer();
    answer.rewritten.blocks.push({ id: find(/^Vragen\?/, 'kept'), markdown: 'Vragen? Bel [PHONE_7].', requirementIds: [] });
    answer.rewritten.blocks.push({ id: find(/hecht team/, 'kept'), markdown: 'Wij zijn het leukste bedrijf van Nederland.', requirementIds: ['r4'] });
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expectGuarded(result, logistics);
    expect(result.rewritten.markdown).toMatch(/\n\nVragen\? Neem contact op met Petra Jansen via 06-12345678 of p\.jansen@dcmidden\.nl\.\n$/);
    expect(result.rewritten.markdown).toContain('Bij Distributiecentrum Midden in Nieuwegein werk je in een hecht team.');
    expect(result.rewritten.markdown).not.toMatch(/PHONE_7|leukste bedrijf/);
    expect(result.warnings.map((w) => w.code)).toContain('claude.kept-block');
  });

  it("lets the model rewrite a kept line that holds a requirement, on that line's own source", async () => {
    const answer = logisticsAnswer();
    // The rules kept a line the model reads as a requirement: it may change, in its place.
    answer.requirements.push({ id: 'r9', text: 'Je houdt de voorraad bij', kind: 'experience', mandatory: true, legal: false, alternativeOffered: false });
    const id = find(/voorraad/, 'kept');
    answer.rewritten.blocks.push({ id, markdown: '- Je kunt een voorraad bijhouden.', requirementIds: ['r9'] });
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    expectGuarded(result, logistics);
    const block = result.rewritten.blocks.find((b) => b.id === id)!;
    expect(block).toMatchObject({
      kind: 'changed',
      markdown: '- Je kunt een voorraad bijhouden.',
      source: offlineOf(logistics).rewritten.blocks.find((b) => b.id === id)!.source,
    });
    expect(block.requirementIds).toEqual([result.requirements.find((r) => r.text === 'Je houdt de voorraad bij')!.id]);
  });

  it('takes out placeholders the model garbled in its own text', async () => {
    const answer = logisticsAnswer();
    answer.rewritten.blocks[0]!.markdown += '\n- Mail je cv naar [EMAIL_9].';
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    expectGuarded(result, logistics);
    expect(result.rewritten.markdown).not.toMatch(/\[(NAME|PHONE|EMAIL)_\d\]/);
    expect(result.rewritten.markdown).toContain('- Mail je cv naar .');
    expect(result.warnings.map((w) => w.code)).toContain('claude.contact-restored');
  });

  it.each([
    ['invalid JSON', '{"language": "nl", "requirements": [{"id": "r1", '],
    ['a schema violation', { ...logisticsAnswer(), requirements: [{ id: 'r1', text: 'x', kind: 'hobby', mandatory: 'yes' }], rewritten: undefined }],
  ])('repairs %s once and then uses the repaired answer', async (_case, bad) => {
    h.standIn.script({ answer: bad }, { answer: logisticsAnswer() });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expect(result.usage?.requests).toBe(2);
    expectGuarded(result, logistics);
    const repair = h.standIn.requests[1]!.body.messages as Array<{ role: string; content: Array<{ text?: string }> }>;
    expect(repair.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(repair[2]!.content[0]!.text).toMatch(/not valid JSON|does not match the schema/);
  });

  it('falls back to the offline result, saying so, when the repair is invalid too', async () => {
    h.standIn.script({ answer: 'Sorry, I cannot help with that.' }, { answer: '{"still": "wrong"}' });
    const result = await h.run(logistics);
    expect(result.engine).toBe('offline');
    expect(result.fallback).toMatch(/^claude: answer invalid after one repair attempt/);
    expect(result.usage?.requests).toBe(2);
    expectGuarded(result, logistics);
  });

  it.each(['max_tokens', 'refusal'])('answers offline without a repair attempt when the answer stops with %s', async (stopReason) => {
    h.standIn.script({ answer: JSON.stringify(logisticsAnswer()).slice(0, 500), stopReason });
    const result = await h.run(logistics);
    expect(result).toMatchObject({ engine: 'offline', fallback: `claude: answer ended early (${stopReason}); offline result` });
    expect(h.standIn.requests).toHaveLength(1);
  });

  it('re-imposes a legal requirement the model dropped, in the requirements and the text', async () => {
    const answer = nurseAnswer();
    answer.requirements = answer.requirements.filter((r) => r.id !== 'r2');
    answer.changes = answer.changes.filter((c) => c.requirementId !== 'r2');
    const find = finderOf(nurse);
    // The model drops the law's whole section from the text.
    answer.rewritten.blocks = [
      { id: find(/Wat de wet vraagt/, 'added'), markdown: '', requirementIds: [] },
      { id: find(/BIG-registratie/, 'added'), markdown: '', requirementIds: [] },
      { id: find(/diploma Verpleegkunde/, 'added'), markdown: '', requirementIds: [] },
    ];
    h.standIn.script({ answer });
    const result = await h.run(nurse);
    expect(result.engine).toBe('claude');
    expectGuarded(result, nurse);
    const big = result.requirements.find((r) => /BIG/.test(r.text))!;
    expect(big).toMatchObject({ legal: true, mandatory: true, legalBasis: { citation: expect.stringMatching(/Wet BIG/) } });
    expect(result.changes).toContainEqual(expect.objectContaining({ requirementId: big.id, action: 'keep-legal', rule: 'guard.legal' }));
    expect(result.warnings.map((w) => w.code)).toContain('claude.legal-reimposed');
    // The rules' lines come back, under the law's heading.
    expect(result.rewritten.markdown).toMatch(
      /### Wat de wet vraagt\n\n(?:- .*\n)*- Een geldige BIG-registratie als verpleegkundige\. Wettelijke basis: art\. 3 en 4 Wet BIG/,
    );
    expect(result.rewritten.markdown).toMatch(/- Een afgerond mbo diploma Verpleegkunde \(niveau 4\)\. Wettelijke basis: art\. 3 Wet BIG/);
    expect(result.warnings.map((w) => w.code)).toContain('claude.legal-restored-in-text');
    const line = result.rewritten.blocks.find((b) => /BIG-registratie/.test(b.markdown) && b.kind === 'added')!;
    expect(line.requirementIds).toEqual([big.id]);
  });

  it('keeps a legal requirement the model tried to translate away, with its basis', async () => {
    const answer = nurseAnswer();
    answer.requirements[1] = { ...answer.requirements[1]!, kind: 'skill', legal: false, mandatory: false };
    answer.changes[1] = { requirementId: 'r2', action: 'drop-wording', reason: 'Niet nodig.' };
    h.standIn.script({ answer });
    const result = await h.run(nurse);
    const big = result.requirements.find((r) => /BIG/.test(r.text))!;
    expect(big).toMatchObject({ legal: true, mandatory: true });
    expect(result.changes.filter((c) => c.requirementId === big.id).map((c) => c.action)).toEqual(['keep-legal']);
    expectGuarded(result, nurse);
  });

  it('marks an invented skill unverified, never with a URI, and drops any URI the model sent', async () => {
    const answer = logisticsAnswer();
    answer.skills.push({ label: 'kwantumvlechten', escoLabel: 'quantum basket weaving', requirementIds: ['r1'], mustHave: true, reason: 'Verzonnen.' });
    (answer.skills[0] as Record<string, unknown>).uri = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    const invented = result.skills.find((s) => s.label === 'kwantumvlechten')!;
    expect(invented).toMatchObject({ uri: null, verified: false });
    expect(invented.reason).toMatch(/niet geverifieerd/);
    expect(JSON.stringify(result)).not.toContain('00000000-0000-0000-0000-000000000000');
    expectGuarded(result, logistics);
  });

  it('replaces a rewritten text in the wrong language by the offline one', async () => {
    const answer = logisticsAnswer();
    answer.rewritten.blocks = [
      {
        id: find(/mbo niveau 3/, 'changed'),
        markdown: '- You will pick orders and load the trucks.\n- We are looking for someone who is calm under pressure and you will work with a great team.',
        requirementIds: ['r1'],
      },
    ];
    answer.rewritten.newBlocks = [
      { after: find(/3 jaar/, 'changed'), role: 'item', markdown: '- You learn to drive a forklift with us.', requirementIds: ['r3'] },
    ];
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expectGuarded(result, logistics);
    expect(result.rewritten.markdown).toBe(offlineOf(logistics).rewritten.markdown);
    expect(result.warnings.map((w) => w.code)).toContain('claude.language');
  });
});
