/**
 * Which country's rules a Dutch-language posting answers to (#16): the Netherlands or Flanders.
 * Flemish postings read like Dutch ones, so every sign counts a little: places, postcodes, phone
 * numbers, web addresses, institutions, the school system's words and Flemish wording. Each cue
 * adds its weight once, however often it occurs; the higher total wins. A Dutch text without any
 * sign is taken as Dutch, as the engine always did; an English one without a sign stays unknown.
 * A job outside both countries ('abroad') is read from its own signs (region-abroad.ts), weighed the
 * same way: it is claimed only when they outweigh the Dutch and the Belgian ones.
 * Long: mostly the cue tables (places, postcodes, institutions, wording), one line each.
 */
import type { Language, Region } from './locale';
import { abroadCues } from './region-abroad';

export interface RegionCue {
  region: Region;
  /** What the cue is, for tests and explanations ("belgian-phone", "place:Gent"). */
  name: string;
  weight: number;
}

export interface RegionGuess {
  region: Region | null;
  scores: Record<Region, number>;
  cues: RegionCue[];
}

/** `needs`: lowercase words of which the text has one wherever the pattern matches; without one the pattern is not run. */
interface Rule {
  region: Region;
  name: string;
  weight: number;
  pattern: RegExp;
  needs: string[];
}

const rule = (region: Region, name: string, weight: number, pattern: RegExp, needs: string[] = []): Rule => ({ region, name, weight, pattern, needs });

/** Cities and regions that only one of the two countries has (names both share, like Limburg, Bergen or Deurne, are left out). */
const BE_PLACES = [
  'Antwerpen',
  'Gent',
  'Brugge',
  'Leuven',
  'Mechelen',
  'Aalst',
  'Kortrijk',
  'Hasselt',
  'Genk',
  'Sint-Niklaas',
  'Oostende',
  'Roeselare',
  'Turnhout',
  'Geel',
  'Lier',
  'Herentals',
  'Dendermonde',
  'Lokeren',
  'Beveren',
  'Waregem',
  'Ieper',
  'Vilvoorde',
  'Zaventem',
  'Tienen',
  'Aarschot',
  'Diest',
  'Tongeren',
  'Sint-Truiden',
  'Lommel',
  'Beringen',
  'Maasmechelen',
  'Ninove',
  'Geraardsbergen',
  'Oudenaarde',
  'Eeklo',
  'Wetteren',
  'Harelbeke',
  'Menen',
  'Izegem',
  'Knokke',
  'Brasschaat',
  'Schoten',
  'Mortsel',
  'Kontich',
  'Willebroek',
  'Deinze',
  'Zottegem',
  'Wevelgem',
  'Puurs',
  'Bornem',
  'Westerlo',
  'Grimbergen',
  'Dilbeek',
  'Brussel',
  'Bruxelles',
  'Brussels',
  'Luik',
  'Liège',
  'Namen',
  'Namur',
  'Charleroi',
  'Wilrijk',
  'Merksem',
  'Oost-Vlaanderen',
  'West-Vlaanderen',
  'Vlaams-Brabant',
  'Waals-Brabant',
  'Vlaanderen',
  'Wallonië',
  'Flanders',
];
const NL_PLACES = [
  'Amsterdam',
  'Rotterdam',
  'Den Haag',
  "'s-Gravenhage",
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Apeldoorn',
  'Haarlem',
  'Arnhem',
  'Enschede',
  'Amersfoort',
  'Zaandam',
  "'s-Hertogenbosch",
  'Den Bosch',
  'Hoofddorp',
  'Zwolle',
  'Leiden',
  'Maastricht',
  'Dordrecht',
  'Zoetermeer',
  'Emmen',
  'Venlo',
  'Delft',
  'Deventer',
  'Leeuwarden',
  'Alkmaar',
  'Helmond',
  'Heerlen',
  'Hilversum',
  'Amstelveen',
  'Schiedam',
  'Roosendaal',
  'Lelystad',
  'Purmerend',
  'Vlaardingen',
  'Gouda',
  'Hoorn',
  'Almelo',
  'Assen',
  'Veenendaal',
  'Nieuwegein',
  'Zeist',
  'Bergen op Zoom',
  'Hengelo',
  'Den Helder',
  'Harderwijk',
  'Doetinchem',
  'Middelburg',
  'Vlissingen',
  'Terneuzen',
  'Wageningen',
  'Woerden',
  'Houten',
  'Gorinchem',
  'Schiphol',
  'Rijswijk',
  'Barneveld',
  'Kampen',
  'Sneek',
  'Drachten',
  'Heerenveen',
  'Zutphen',
  'Roermond',
  'Sittard',
  'Kerkrade',
  'Noord-Holland',
  'Zuid-Holland',
  'Noord-Brabant',
  'Gelderland',
  'Overijssel',
  'Friesland',
  'Fryslân',
  'Drenthe',
  'Flevoland',
  'Randstad',
  'Twente',
  'Achterhoek',
  'Veluwe',
  'Midden-Nederland',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * All of a region's places in one pattern, longest first: one pass over the text finds each. The
 * lookahead for the places' first letters changes no match; it spares the word boundary and the
 * names at every other position (a third of the time).
 */
const placePattern = (places: string[]) => {
  const first = [...new Set(places.map((p) => [...p][0]!))].map((c) => c.replace(/[\\\][^-]/, '\\$&')).join('');
  return new RegExp(
    `(?=[${first}])(?<![A-Za-zÀ-ÖØ-öø-ɏ-])(?:${[...places]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ-])`,
    'gu',
  );
};
const PLACES: Array<{ region: Region; pattern: RegExp }> = [
  { region: 'BE', pattern: placePattern(BE_PLACES) },
  { region: 'NL', pattern: placePattern(NL_PLACES) },
];

const RULES: Rule[] = [
  // Phone numbers and web addresses: the surest signs.
  rule('BE', 'phone:+32', 3, /(?:\+|\b00)32[\s.\-/]?\(?0?\)?[\s.\-/]?\d/),
  rule('NL', 'phone:+31', 3, /(?:\+|\b00)31[\s.\-/]?\(?0?\)?[\s.\-/]?\d/),
  // A Belgian mobile number is written 04xx xx xx xx; a Dutch one 06 followed by eight digits.
  rule('BE', 'phone:04xx', 2, /\b04[5-9]\d[\s./]?\d{2}[\s.]?\d{2}[\s.]?\d{2}\b/),
  rule('NL', 'phone:06', 2, /\b06[\s-]?(?:\d{8}\b|\d{2}[\s-]\d{2}[\s-]?\d{2}[\s-]?\d{2}\b)/),
  rule('BE', 'web:.be', 3, /[A-Za-zÀ-ÖØ-öø-ɏ\d-]\.be(?![A-Za-zÀ-ÖØ-öø-ɏ\d.-])/iu, ['.be']),
  rule('NL', 'web:.nl', 3, /[A-Za-zÀ-ÖØ-öø-ɏ\d-]\.nl(?![A-Za-zÀ-ÖØ-öø-ɏ\d.-])/iu, ['.nl']),
  // Postcodes: Dutch ones carry two capitals ("1234 AB"); a Belgian one is four digits before a place, or "B-1234".
  rule('NL', 'postcode:1234 AB', 3, /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b(?![A-Za-zÀ-ÖØ-öø-ɏ.])/u),
  rule('BE', 'postcode:B-1234', 3, /\bB-[1-9]\d{3}\b/),
  rule('BE', 'postcode:1234 Place', 1, /(?:^|[,(|•·])\s*[1-9]\d{3}\s+\p{Lu}\p{Ll}{2,}(?![\s\S]{0,3}\d)/mu),
  // The country itself.
  rule('BE', 'country', 2, /\b(?:België|Belgie|Belgium|Belgique|Vlaamse overheid|Vlaamse regering|Vlaamse Gemeenschap)\b/iu, ['belgi', 'vlaamse']),
  // (The boundary before the name is checked after its first letter: the same match, found at a third of the cost.)
  rule(
    'NL',
    'country',
    2,
    /(?:N(?<![A-Za-zÀ-ÖØ-öø-ɏ-]N)ederland|t(?<![A-Za-zÀ-ÖØ-öø-ɏ-]t)he Netherlands|R(?<![A-Za-zÀ-ÖØ-öø-ɏ-]R)ijksoverheid)(?![A-Za-zÀ-ÖØ-öø-ɏ-])/u,
  ),
  // A country code beside a place: "Veghel (NL)", "Lexington, MA, US" is another country.
  rule('NL', 'country:code', 2, /\(NL\)|,\s*NL\b(?![-A-Za-zÀ-ÖØ-öø-ɏ])/u),
  rule('BE', 'country:code', 2, /\(BE\)|,\s*BE\b(?![-A-Za-zÀ-ÖØ-öø-ɏ])/u),
  // Institutions, social security, pay and benefits that only one country has.
  rule('BE', 'institution', 3, /\b(?:VDAB|Actiris|FOREM|RSZ|RVA|RIZIV|paritair(?:e)? comité|PC\s?\d{3}\b)/u),
  rule(
    'BE',
    'benefits',
    2,
    /\b(?:maaltijdcheques?|ecocheques?|hospitalisatieverzekering|groepsverzekering|eindejaarspremie|dienstencheques?|firmawagen|barema|sectorale? loon|extra[- ]?legale voordelen)/iu,
    [
      'maaltijdcheque',
      'ecocheque',
      'hospitalisatieverzekering',
      'groepsverzekering',
      'eindejaarspremie',
      'dienstencheque',
      'firmawagen',
      'barema',
      'sectoral',
      'legale voordelen',
    ],
  ),
  rule('NL', 'institution', 2, /\b(?:UWV|KvK|Kamer van Koophandel|Belastingdienst|SBB)\b/u),
  rule(
    'NL',
    'benefits',
    2,
    /\b(?:vakantietoeslag|reiskostenvergoeding|thuiswerkvergoeding|individueel keuzebudget|IKB|eindejaarsuitkering|ABP|PFZW|pensioenfonds)\b/iu,
    ['vakantietoeslag', 'reiskostenvergoeding', 'thuiswerkvergoeding', 'individueel keuzebudget', 'ikb', 'eindejaarsuitkering', 'abp', 'pfzw', 'pensioenfonds'],
  ),
  rule('NL', 'cao', 1, /\b(?:cao|CAO)(?:\s|-)/u),
  rule('NL', 'vog', 2, /\b(?:VOG|Verklaring Omtrent het Gedrag)\b/u),
  rule('NL', 'zzp', 2, /\bzzp(?:'er|er)?\b/iu, ['zzp']),
  rule('NL', 'fte', 1, /\b\d(?:[.,]\d+)?\s?fte\b/iu, ['fte']),
  // The school systems.
  rule('BE', 'school:bachelor', 3, /\b(?:professionele|academische) bachelor\b/iu, ['professionele bachelor', 'academische bachelor']),
  rule('BE', 'school:secundair', 3, /\bsecundair(?:e)? onderwijs\b|\bhoger secundair\b/iu, ['secundair onderwijs', 'secundaire onderwijs', 'hoger secundair']),
  rule('BE', 'school:graduaat', 2, /\bgraduaat\b/iu, ['graduaat']),
  rule('BE', 'school:aso-tso-bso', 2, /\b(?:ASO|TSO|BSO|KSO|HBO5)\b/u),
  rule('NL', 'school:mbo-hbo', 2, /\b(?:mbo|hbo(?!\s?5)|vmbo|havo|vwo|MBO|HBO(?!\s?5)|VMBO|HAVO|VWO|WO-niveau|BBL|BOL)\b/u),
  rule('NL', 'school:denkniveau', 2, /\b(?:werk- en )?denkniveau\b/iu, ['denkniveau']),
  // Flemish and Dutch wording: weak alone, decisive together.
  rule('BE', 'word:troef', 1, /\btroef\b/iu, ['troef']),
  rule('BE', 'word:bediende', 1, /\bbediende\b/iu, ['bediende']),
  rule('BE', 'word:arbeider', 1, /\barbeider\b/iu, ['arbeider']),
  rule('BE', 'word:uurrooster', 1, /\buurrooster/iu, ['uurrooster']),
  rule('BE', 'word:onbepaalde duur', 1, /\b(?:on)?bepaalde duur\b/iu, ['bepaalde duur']),
  rule('BE', 'word:kandidaat stellen', 1, /\b(?:stel (?:je|u) kandidaat|kandidaat (?:te )?stellen|kandidatuur)\b/iu, [
    'stel je kandidaat',
    'stel u kandidaat',
    'kandidaat stellen',
    'kandidaat te stellen',
    'kandidatuur',
  ]),
  rule('BE', 'word:aanwerving', 1, /\baanwerv(?:ing|en)\b/iu, ['aanwerv']),
  rule('BE', 'word:jobstudent', 1, /\bjob(?:student|aanbieding|inhoud)\b/iu, ['jobstudent', 'jobaanbieding', 'jobinhoud']),
  rule('BE', 'word:gsm', 1, /\bgsm\b/iu, ['gsm']),
  rule('BE', 'word:wedde', 1, /\b(?:wedde|verloning)\b/iu, ['wedde', 'verloning']),
  rule('BE', 'word:ploegen', 1, /\b(?:ploegensysteem|ploegenstelsel|in ploegen)\b/iu, ['ploegen']),
  rule('BE', 'word:attest', 1, /\b(?:attest|getuigschrift)\b/iu, ['attest', 'getuigschrift']),
  rule('BE', 'word:voltijds', 0.5, /\b(?:voltijds|deeltijds)\b/iu, ['voltijds', 'deeltijds']),
  // Dutch and French together: the bilingual demand of a Belgian employer.
  rule('BE', 'word:frans', 1, /\b(?:kennis (?:van het )?Frans|Nederlands en Frans|Frans en Nederlands|Frans en Engels|tweetalig)/iu, ['frans', 'tweetalig']),
  rule('BE', 'word:geraken', 1, /\bgeraken\b/iu, ['geraken']),
  rule('BE', 'word:u-uw', 0.5, /\b(?:[Uu]w|u)\b/u),
  rule('NL', 'word:ploegendienst', 1, /\b(?:ploegendienst|onregelmatigheidstoeslag|ORT)\b/u),
  rule('NL', 'word:leaseauto', 1, /\bleaseauto\b/iu, ['leaseauto']),
  rule('NL', 'word:uitzendbureau', 1, /\buitzendbureau\b/iu, ['uitzendbureau']),
];

/**
 * Every rule's needs in one pattern, longest first, tried at every position of the lowercased text:
 * one pass instead of a search per word. A need found somewhere is the longest there; the needs it
 * starts with are there too.
 */
const NEEDS = [...new Set(RULES.flatMap((r) => r.needs))].sort((a, b) => b.length - a.length);
const NEED_PATTERN = new RegExp(NEEDS.map(escape).join('|'), 'g');
const NEED_PREFIXES = new Map(NEEDS.map((need) => [need, NEEDS.filter((other) => need.startsWith(other))]));

function neededWords(lower: string): Set<string> {
  const found = new Set<string>();
  NEED_PATTERN.lastIndex = 0;
  for (let m = NEED_PATTERN.exec(lower); m; m = NEED_PATTERN.exec(lower)) {
    for (const need of NEED_PREFIXES.get(m[0])!) found.add(need);
    NEED_PATTERN.lastIndex = m.index + 1;
  }
  NEED_PATTERN.lastIndex = 0;
  return found;
}

/** Places count once each, up to this much in all: a list of branch offices is one sign, not ten. */
const PLACE_CAP = 4;
/** A region is claimed from this total on, and only when it has more than the other. */
const THRESHOLD = 2;

export interface RegionInput {
  text: string;
  title?: string | null;
  location?: string | null;
  url?: string | null;
  language?: Language | null;
}

/** Every cue found, once each. */
export function regionCues(input: RegionInput): RegionCue[] {
  const host = hostOf(input.url);
  const text = [input.title ?? '', input.location ?? '', input.text].join('\n');
  // Case-insensitive patterns are slow to run over a whole posting; most need a word the text lacks.
  // ("ſ" is the one letter that matches a Latin letter case-insensitively and does not lowercase to it.)
  const found = neededWords(text.toLowerCase().replaceAll('ſ', 's'));
  const cues: RegionCue[] = [];
  for (const r of RULES) {
    if (r.needs.length && !r.needs.some((word) => found.has(word))) continue;
    if (r.pattern.test(text)) cues.push({ region: r.region, name: r.name, weight: r.weight });
  }
  for (const { region, pattern } of PLACES) {
    const found = new Set<string>();
    for (const m of text.matchAll(pattern)) found.add(m[0]);
    for (const place of found) cues.push({ region, name: `place:${place}`, weight: 2 });
  }
  if (host?.endsWith('.be') && !cues.some((c) => c.name === 'web:.be')) cues.push({ region: 'BE', name: 'web:.be', weight: 3 });
  if (host?.endsWith('.nl') && !cues.some((c) => c.name === 'web:.nl')) cues.push({ region: 'NL', name: 'web:.nl', weight: 3 });
  cues.push(...abroadCues(text, input.location ?? null, host));
  return cues;
}

export function regionScores(cues: RegionCue[]): Record<Region, number> {
  const scores: Record<Region, number> = { NL: 0, BE: 0, abroad: 0 };
  const places: Record<Region, number> = { NL: 0, BE: 0, abroad: 0 };
  for (const cue of cues) {
    if (cue.name.startsWith('place:')) places[cue.region] += cue.weight;
    else scores[cue.region] += cue.weight;
  }
  for (const region of ['NL', 'BE', 'abroad'] as const) scores[region] += Math.min(places[region], PLACE_CAP);
  return scores;
}

/** The region a posting is assumed to be in, with the evidence. */
export function detectRegion(input: RegionInput): RegionGuess {
  const cues = regionCues(input);
  const scores = regionScores(cues);
  let region: Region | null = null;
  // Abroad only when its signs outweigh both countries': a Dutch firm naming its US clients stays Dutch.
  if (scores.abroad >= THRESHOLD && scores.abroad > scores.NL && scores.abroad > scores.BE) region = 'abroad';
  else if (scores.BE >= THRESHOLD && scores.BE > scores.NL) region = 'BE';
  else if (scores.NL >= THRESHOLD / 2 && scores.NL > scores.BE) region = 'NL';
  // No sign either way: a Dutch text is taken as Dutch, as the engine always did.
  else if (scores.BE < THRESHOLD && (input.language ?? null) === 'nl') region = 'NL';
  return { region, scores, cues };
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
