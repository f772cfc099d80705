import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { harness, expectGuarded, LOGISTICS, logisticsAnswer, NURSE, nurseAnswer, offlineOf, PII, vacancy, type Harness } from './fixtures';

let h: Harness;
beforeEach(async () => {
  await h?.standIn.close();
  h = await harness();
});
afterAll(() => h.standIn.close());

const logistics = vacancy(LOGISTICS, 'Medewerker logistiek');
const nurse = vacancy(NURSE, 'Verpleegkundige VVT');

describe('Claude engine: answers', { timeout: 30_000 }, () => {
  it('turns a good answer into a grounded Claude translation', async () => {
    h.standIn.script({ answer: logisticsAnswer() });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expect(result.fallback).toBeNull();
    expectGuarded(result, offlineOf(logistics));

    expect(result.requirements.map((r) => r.kind)).toEqual(['education_level', 'experience', 'certificate', 'trait']);
    const education = result.requirements[0]!;
    expect(LOGISTICS.slice(education.span!.start, education.span!.end)).toBe('Een afgeronde mbo niveau 3 opleiding');
    const grounded = result.skills.filter((s) => s.requirementIds.includes(education.id));
    expect(grounded.length).toBeGreaterThanOrEqual(3);
    for (const skill of grounded) expect(skill).toMatchObject({ verified: true, uri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//) });
    expect(result.personProfile.summary).toMatch(/rustig/);
    expect(result.rewritten.markdown).toMatch(/Geen diploma\? Ervaring telt ook/);
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
    expect(result.rewritten.markdown).toContain('Vragen? Neem contact op met Petra Jansen via 06-12345678 of p.jansen@dcmidden.nl.');
    expect(result.rewritten.markdown).not.toMatch(/\[(NAME|PHONE|EMAIL)_\d\]/);
  });

  it('puts contact lines back when the model drops or garbles their placeholders', async () => {
    const answer = logisticsAnswer();
    answer.rewritten.markdown = answer.rewritten.markdown.replace('[PHONE_1] of [EMAIL_1]', '[PHONE_7]');
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    expect(result.rewritten.markdown).toMatch(/\n\nVragen\? Neem contact op met Petra Jansen via 06-12345678 of p\.jansen@dcmidden\.nl\.\n$/);
    expect(result.rewritten.markdown).not.toContain('[PHONE_7]');
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
    expectGuarded(result, offlineOf(logistics));
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
    expectGuarded(result, offlineOf(logistics));
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
    answer.rewritten.markdown = answer.rewritten.markdown.replace(/## Wettelijke eisen\n.*\n/, '');
    h.standIn.script({ answer });
    const result = await h.run(nurse);
    expect(result.engine).toBe('claude');
    expectGuarded(result, offlineOf(nurse));
    const big = result.requirements.find((r) => /BIG/.test(r.text))!;
    expect(big).toMatchObject({ legal: true, mandatory: true, legalBasis: { citation: expect.stringMatching(/Wet BIG/) } });
    expect(result.changes).toContainEqual(expect.objectContaining({ requirementId: big.id, action: 'keep-legal', rule: 'guard.legal' }));
    expect(result.warnings.map((w) => w.code)).toContain('claude.legal-reimposed');
    expect(result.rewritten.markdown).toMatch(/## Wettelijke eisen\n(?:- .*\n)*- Een geldige BIG-registratie als verpleegkundige \(art\. 3 en 4 Wet BIG/);
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
    expectGuarded(result, offlineOf(nurse));
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
    expectGuarded(result, offlineOf(logistics));
  });

  it('replaces a rewritten text in the wrong language by the offline one', async () => {
    const answer = logisticsAnswer();
    answer.rewritten.markdown = '# Warehouse worker\n\nYou will pick orders and load the trucks. We are looking for someone who is calm under pressure and you will work with a great team.';
    h.standIn.script({ answer });
    const result = await h.run(logistics);
    expect(result.engine).toBe('claude');
    expect(result.rewritten.markdown).toBe(offlineOf(logistics).rewritten.markdown);
    expect(result.warnings.map((w) => w.code)).toContain('claude.language');
  });
});
