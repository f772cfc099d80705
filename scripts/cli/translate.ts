import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { translate as runEngine, UnknownOccupation } from '../../functions/engine';
import { getTaxonomy } from '../../functions/taxonomy';
import { Region } from '../../shared/locale';
import { EngineChoice, toVacancy, TranslateTextRequest } from '../../shared/translate-request';
import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import { withLearningRoutesInMemory } from '../offers/memory';
import { vacancyFromHtml } from './extract';
import { printResults, readInput } from './io';

type Input = { label: { id: string } | { file: string }; vacancy: Vacancy };

function fromText(text: string, extra: { title?: string | null; language?: string | null } = {}, where = 'input'): Vacancy {
  const parsed = TranslateTextRequest.safeParse({ text, ...extra });
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'text'}: ${i.message}`).join('; ')}`);
  return toVacancy(parsed.data);
}

async function fromFile(file: string): Promise<Vacancy> {
  const content = await readInput(file);
  if (['.html', '.htm'].includes(extname(file).toLowerCase())) return vacancyFromHtml(content);
  return fromText(content, {}, file);
}

async function fromJsonl(file: string): Promise<Input[]> {
  const lines = (await readInput(file)).split('\n').filter((line) => line.trim());
  return lines.map((line, index) => {
    let record: { id?: unknown; text?: unknown; title?: string; language?: string };
    try {
      record = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1}: not valid JSON`);
    }
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `${index + 1}`;
    return { label: { id }, vacancy: fromText(String(record.text ?? ''), record, `${file}:${index + 1}`) };
  });
}

export async function translate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      engine: { type: 'string', default: 'auto' },
      jsonl: { type: 'string', multiple: true },
      region: { type: 'string' },
      occupation: { type: 'string' },
    },
  });
  const engine = EngineChoice.safeParse(values.engine);
  if (!engine.success) throw new Error(`--engine must be offline, claude or auto (got "${values.engine}")`);
  // --region NL|BE|abroad overrides the region read from the posting (#16).
  const region = values.region === undefined ? null : Region.options.find((r) => r.toLowerCase() === values.region!.toLowerCase());
  if (region === undefined) throw new Error(`--region must be NL, BE or abroad (got "${values.region}")`);
  // --occupation URI: the ESCO occupation to translate for, instead of the one recognised (#15).
  const occupation = values.occupation ?? null;
  if (occupation !== null && getTaxonomy().occupationIdByUri(occupation) === null)
    throw new Error(`--occupation: ${new UnknownOccupation(occupation).message}`);
  const inputs: Input[] = [];
  for (const file of values.jsonl ?? []) inputs.push(...(await fromJsonl(file)));
  for (const file of positionals) inputs.push({ label: { file }, vacancy: await fromFile(file) });
  if (inputs.length === 0) throw new Error('give one or more files (.txt, .md, .html, - for stdin) or --jsonl FILE');

  const env = {
    ANTHROPIC_API_KEY: process.env.ANTHROPIC_API_KEY ?? '',
    ANTHROPIC_BASE_URL: process.env.ANTHROPIC_BASE_URL ?? '',
    ANTHROPIC_MODEL: process.env.ANTHROPIC_MODEL ?? '',
  };
  const results: object[] = [];
  for (const input of inputs) {
    const translation: Translation = await withLearningRoutesInMemory(await runEngine(input.vacancy, engine.data, env, { region, occupation }));
    results.push(inputs.length > 1 ? { ...input.label, ...translation } : translation);
  }
  printResults(results);
  return 0;
}
