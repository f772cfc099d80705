/**
 * Open Education API v5: programs, courses and offerings, as single objects, arrays or paged
 * responses ({ pageNumber, hasNextPage, items }). A program with a CROHO/crebo code is a formal
 * route; other programs and courses are non-formal. Offerings add dates, place, price and link to
 * their program or course; an offering whose parent is unknown becomes an offer of its own.
 */
import type { OfferRecord } from '../../functions/learning/types';
import { webLink } from '../../shared/links';
import { mergeLinks, type SkillLinker } from './link';

type Json = Record<string, unknown>;
type Texts = Array<{ language?: string; value?: string }>;

/** Every item in a payload: a page's items, an array's elements, or the object itself. */
export function ooapiItems(payload: unknown): Json[] {
  if (Array.isArray(payload)) return payload.flatMap(ooapiItems);
  if (!payload || typeof payload !== 'object') return [];
  const object = payload as Json;
  if (Array.isArray(object.items)) return object.items.flatMap(ooapiItems);
  return [object];
}

function text(value: unknown, language: 'nl' | 'en'): string | null {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return null;
  const texts = value as Texts;
  const hit = texts.find((t) => t.language?.toLowerCase().startsWith(language)) ?? (language === 'en' ? texts[0] : null);
  const clean = hit?.value
    ?.replace(/<[^>]+>/g, ' ')
    .replace(/^(?:EN TRANSLATION|NL VERTALING):\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean || null;
}

function code(item: Json): { type: string; code: string } | null {
  const primary = item.primaryCode as { codeType?: string; code?: string } | undefined;
  const codes = [primary, ...((item.otherCodes as Array<{ codeType?: string; code?: string }>) ?? [])];
  const croho = codes.find((c) => c?.codeType === 'crohoCreboCode' && /^\d{5}$/.test(c.code ?? ''));
  if (croho) return { type: 'croho', code: croho.code! };
  return primary?.code && primary.code !== 'null' ? { type: primary.codeType ?? 'identifier', code: primary.code } : null;
}

const LANG: Record<string, 'nl' | 'en'> = { nld: 'nl', dut: 'nl', nl: 'nl', eng: 'en', en: 'en' };
const LEVEL_EQF: Array<[RegExp, number]> = [
  [/secondary vocational education (\d)/, -1],
  [/associate/, 5],
  [/bachelor/, 6],
  [/master/, 7],
  [/doctoral/, 8],
];

function eqf(level: unknown): number | null {
  if (typeof level !== 'string') return null;
  for (const [pattern, value] of LEVEL_EQF) {
    const match = pattern.exec(level);
    if (match) return value > 0 ? value : Number(match[1]);
  }
  return null;
}

function mode(item: Json): OfferRecord['mode'] {
  const modes = ((item.modeOfDelivery as string[]) ?? []).map((m) => m.toLowerCase());
  if (modes.some((m) => /work|internship|coaching/.test(m))) return 'work-based';
  const online = modes.some((m) => /online|distance/.test(m));
  const site = modes.some((m) => /campus|situated|on site/.test(m));
  return online && site ? 'hybrid' : online ? 'online' : site ? 'on-site' : null;
}

/** ISO 8601 duration (P2Y6M, P18M, P12W) → months; null when absent or odd. */
function months(duration: unknown): number | null {
  if (typeof duration !== 'string') return null;
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(duration);
  if (!m) return null;
  const value = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 4.345 + Number(m[4] ?? 0) / 30.4;
  return value > 0 ? Math.round(value * 10) / 10 : null;
}

function price(item: Json): number | null {
  const costs = (item.priceInformation as Array<{ amount?: string; currency?: string }>) ?? [];
  const cost = costs.find((c) => c.amount && (!c.currency || c.currency === 'EUR'));
  return cost ? Number(cost.amount) : null;
}

/** Long: one mapping of OOAPI offerings onto offer records, field by field. */
export function importOoapi(payloads: unknown[], linker: SkillLinker, catalogue = 'ooapi'): OfferRecord[] {
  const items = payloads.flatMap(ooapiItems);
  const organizations = new Map(items.filter((i) => i.organizationId).map((i) => [String(i.organizationId), text(i.name, 'nl') ?? text(i.name, 'en')]));
  const records = new Map<string, OfferRecord>();
  const add = (item: Json, id: string, kind: 'program' | 'course' | 'offering') => {
    const identifier = code(item);
    const formal = kind === 'program' && identifier?.type === 'croho';
    const titleNl = text(item.name, 'nl') ?? text(item.name, 'en');
    if (!titleNl) return;
    const titleEn = text(item.name, 'en');
    const describe = [
      titleNl,
      titleEn,
      text(item.description, 'nl'),
      text(item.description, 'en'),
      text(item.learningOutcomes, 'nl'),
      text(item.learningOutcomes, 'en'),
    ]
      .filter(Boolean)
      .join(' ');
    const { occupations, method } = formal ? linker.occupations(identifier!.code, [titleNl, titleEn]) : { occupations: [], method: 'none' };
    const studyLoad = item.studyLoad as { studyLoadUnit?: string; value?: number } | undefined;
    const unit =
      studyLoad?.studyLoadUnit === 'ects' || studyLoad?.studyLoadUnit === 'sbu' || studyLoad?.studyLoadUnit === 'hour' ? studyLoad.studyLoadUnit : null;
    const level = eqf(item.level);
    records.set(`${catalogue}:${kind}:${id}`, {
      key: `${catalogue}:${kind}:${id}`,
      source: catalogue,
      sourceId: identifier?.code ?? id,
      titleNl,
      titleEn,
      provider: organizations.get(String(item.organization ?? '')) ?? null,
      form: formal ? 'formal' : 'non-formal',
      type: formal ? String(item.programType ?? 'program') : kind === 'program' ? 'programme' : 'course',
      nlqf: level,
      eqf: level,
      studyLoad: studyLoad?.value ?? null,
      studyLoadUnit: unit === 'hour' ? 'hours' : unit,
      durationMonths: months(item.duration),
      costEur: price(item),
      mode: mode(item),
      workBased: item.modeOfStudy === 'part-time' || item.modeOfStudy === 'dual' || mode(item) === 'work-based',
      region: ((item.addresses as Array<{ city?: string }>) ?? [])[0]?.city ?? null,
      language: LANG[String(item.teachingLanguage ?? '').toLowerCase()] ?? null,
      url: webLink(item.link),
      description: text(item.description, 'nl') ?? text(item.description, 'en'),
      legalIds: [],
      skillGroups: null,
      skills: mergeLinks(linker.occupationSkills(occupations, method, 0.8), linker.labelSkills(describe, 'declared-text', 0.6)),
    });
  };
  const isOffering = (i: Json) => !!(i.offeringId || i.offeringType);
  for (const [index, item] of items.entries()) {
    if (isOffering(item)) continue;
    if (item.programId || item.programType) add(item, String(item.programId ?? code(item)?.code ?? index), 'program');
    else if (item.courseId) add(item, String(item.courseId), 'course');
  }
  for (const item of items.filter(isOffering)) {
    const parent = item.program ? `${catalogue}:program:${item.program}` : item.course ? `${catalogue}:course:${item.course}` : null;
    const record = parent ? records.get(parent) : undefined;
    if (!record) {
      add(item, String(item.offeringId ?? code(item)?.code ?? records.size), 'offering');
      continue;
    }
    // The offering completes its parent: where, when, at what price, and where to enrol.
    record.region ??= ((item.addresses as Array<{ city?: string }>) ?? [])[0]?.city ?? null;
    record.costEur ??= price(item);
    record.mode ??= mode(item);
    record.url ??= webLink(item.link);
  }
  return [...records.values()];
}
