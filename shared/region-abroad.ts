/**
 * Signs that a posting's job is outside the Netherlands and Belgium (region 'abroad'): a foreign
 * country, US state or well-known city where the posting says where the job is, a US state code
 * after a city ("Memphis, TN"), foreign postcodes and phone numbers, a foreign currency beside pay,
 * US employment-law wording. A place counts only in a location context ("Location: …", "based in …",
 * "City, Country", "(Country)", "Employer — City", the vacancy's location field): a Dutch posting
 * names other countries as markets and clients. A country named anywhere else is a weak sign.
 * Long: mostly the tables (countries, US states, cities), a line or a few names each.
 */
import type { RegionCue } from './region';

/** Countries and territories in English and Dutch (names Dutch also uses for other things, like "Chili", left out). */
const COUNTRIES = [
  ...['United States', 'United States of America', 'U.S.A.', 'USA', 'Verenigde Staten', 'Amerika'],
  ...['United Kingdom', 'Verenigd Koninkrijk', 'Great Britain', 'Groot-Brittannië', 'England', 'Engeland', 'Scotland', 'Schotland', 'Wales'],
  ...['Ireland', 'Ierland', 'Germany', 'Duitsland', 'Deutschland', 'France', 'Frankrijk', 'Luxembourg', 'Luxemburg'],
  ...['Switzerland', 'Zwitserland', 'Austria', 'Oostenrijk', 'Spain', 'Spanje', 'España', 'Portugal', 'Italy', 'Italië', 'Italia'],
  ...['Denmark', 'Denemarken', 'Sweden', 'Zweden', 'Norway', 'Noorwegen', 'Finland', 'Poland', 'Polen', 'Czech Republic', 'Czechia', 'Tsjechië'],
  ...['Hungary', 'Hongarije', 'Romania', 'Roemenië', 'Greece', 'Griekenland', 'Türkiye', 'Turkije', 'Israel', 'Israël'],
  ...['United Arab Emirates', 'Verenigde Arabische Emiraten', 'Saudi Arabia', 'Saoedi-Arabië', 'Qatar', 'India', 'Pakistan'],
  ...['China', 'Taiwan', 'Hong Kong', 'Macau', 'Japan', 'South Korea', 'Zuid-Korea', 'Singapore', 'Malaysia', 'Maleisië'],
  ...['Thailand', 'Vietnam', 'Indonesia', 'Indonesië', 'Philippines', 'Filipijnen', 'Australia', 'Australië', 'New Zealand', 'Nieuw-Zeeland'],
  ...['Canada', 'Mexico', 'Brazil', 'Brazilië', 'Argentina', 'Argentinië', 'Colombia', 'South Africa', 'Zuid-Afrika', 'Nigeria', 'Kenya', 'Egypt', 'Egypte'],
];
/** Country codes that mean a country only where a place is said: "Lexington, MA, US", "London, UK". */
const COUNTRY_CODES = ['US', 'UK', 'UAE', 'PRC'];

/** US states and DC, as code=name. */
const US_STATES = [
  'AL=Alabama,AK=Alaska,AZ=Arizona,AR=Arkansas,CA=California,CO=Colorado,CT=Connecticut,DE=Delaware,FL=Florida,GA=Georgia',
  'HI=Hawaii,ID=Idaho,IL=Illinois,IN=Indiana,IA=Iowa,KS=Kansas,KY=Kentucky,LA=Louisiana,ME=Maine,MD=Maryland,MA=Massachusetts',
  'MI=Michigan,MN=Minnesota,MS=Mississippi,MO=Missouri,MT=Montana,NE=Nebraska,NV=Nevada,NH=New Hampshire,NJ=New Jersey',
  'NM=New Mexico,NY=New York,NC=North Carolina,ND=North Dakota,OH=Ohio,OK=Oklahoma,OR=Oregon,PA=Pennsylvania,RI=Rhode Island',
  'SC=South Carolina,SD=South Dakota,TN=Tennessee,TX=Texas,UT=Utah,VT=Vermont,VA=Virginia,WA=Washington,WV=West Virginia',
  'WI=Wisconsin,WY=Wyoming,DC=District of Columbia',
]
  .join(',')
  .split(',')
  .map((pair) => pair.split('=') as [string, string]);

/** Well-known cities and regions abroad (none that a Dutch or Flemish place shares). */
const CITIES = [
  ...['London', 'Manchester', 'Birmingham', 'Edinburgh', 'Glasgow', 'Dublin', 'Paris', 'Lyon', 'Berlin', 'Munich', 'München', 'Hamburg'],
  ...['Frankfurt', 'Düsseldorf', 'Cologne', 'Köln', 'Stuttgart', 'Zurich', 'Zürich', 'Geneva', 'Genève', 'Vienna', 'Wenen', 'Madrid'],
  ...['Barcelona', 'Lisbon', 'Lissabon', 'Milan', 'Milaan', 'Rome', 'Copenhagen', 'Kopenhagen', 'Stockholm', 'Oslo', 'Helsinki'],
  ...['Warsaw', 'Warschau', 'Prague', 'Praag', 'Budapest', 'Bucharest', 'Athens', 'Istanbul', 'Tel Aviv', 'Dubai', 'Abu Dhabi', 'Doha'],
  ...['New York City', 'San Francisco', 'Bay Area', 'Silicon Valley', 'Los Angeles', 'Chicago', 'Boston', 'Seattle', 'Austin', 'Atlanta'],
  ...['Toronto', 'Vancouver', 'Montreal', 'Sydney', 'Melbourne', 'Auckland', 'Tokyo', 'Osaka', 'Seoul', 'Shanghai', 'Beijing', 'Shenzhen'],
  ...['Guangzhou', 'Taipei', 'Bangkok', 'Jakarta', 'Kuala Lumpur', 'Manila', 'Mumbai', 'Bangalore', 'Bengaluru', 'Hyderabad', 'New Delhi'],
  ...['São Paulo', 'Mexico City', 'Buenos Aires', 'Johannesburg', 'Cape Town', 'Nairobi', 'Lagos', 'Cairo'],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (names: string[]) =>
  [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
const L = 'A-Za-zÀ-ÖØ-öø-ɏ';

const PLACE = alternation([...COUNTRIES, ...COUNTRY_CODES, ...US_STATES.map(([, name]) => name), ...CITIES]);
/** A capitalised place word or two before a comma: "Memphis", "Xinyi District", "Fort Worth". */
const TOWN = `\\p{Lu}[${L}.'-]+(?: \\p{Lu}[${L}.'-]+){0,2}`;
/**
 * Where a place ends: the line, a bracket, a full stop, a separator, or a comma before lowercase
 * words ("Memphis, TN, USA, committed to …"). Before another name it is a list of places, such as a
 * team's offices ("London, Barcelona, Paris"), which says nothing of where this job is.
 */
const END = `(?=\\s*(?:$|[;.)|/•·*–—]|,(?!\\s*\\p{Lu})|\\s-\\s))`;
/** Words that say where the job is, then up to three capitalised words ("Location: Fort Worth, Texas"); the first letter either case. */
const LABEL = `(?:${[
  'location',
  'job location',
  'work location',
  'locatie',
  'standplaats',
  'werklocatie',
  'werkplek',
  'based in',
  'located in',
  'headquartered in',
  'headquarters in',
  'gevestigd in',
  'authorized to work in',
  'authorised to work in',
  'authorization to work in',
  'eligible to work in',
  'legally able to work in',
]
  .map((label) => `[${label[0]!.toUpperCase()}${label[0]}]${escape(label.slice(1))}`)
  .join('|')})`;

const IN_CONTEXT = [
  // "Xinyi District, Taiwan", "Carson, California." (not the end of a list: "London, Barcelona, Paris")
  new RegExp(`(?<![${L}]|,\\s*)${TOWN},\\s?(?:the\\s)?(${PLACE})(?![${L}])${END}`, 'gmu'),
  // "Location: Shanghai", "based in New York", "authorized to work in the United States"
  new RegExp(`(?<![${L}])${LABEL}\\s*:?\\s*(?:the\\s+)?(?:\\p{Lu}[${L}.'-]*,?\\s){0,3}?(${PLACE})(?![${L}])`, 'gmu'),
  // "(Germany)", "Employer — Hong Kong"
  new RegExp(`\\((${PLACE})\\)|[—–|]\\s*(${PLACE})\\s*$`, 'gmu'),
];
/** A US state's code after a city: "Memphis, TN", "New York, NY 10001". */
const STATE_CODE = new RegExp(
  `(?<![${L}])${TOWN},\\s?(${US_STATES.map(([code]) => code).join('|')})(?![${L}])(?=\\s*(?:$|[,;.)|/•·*–—]|\\d{5}\\b|\\s-\\s))`,
  'gmu',
);
const NAMED = new RegExp(`(?<![${L}])(?:${alternation(COUNTRIES)})(?![${L}])`, 'u');
const PLACE_ANYWHERE = new RegExp(`(?<![${L}])(?:${PLACE})(?![${L}])`, 'gu');

const SIGNS: Array<{ name: string; weight: number; pattern: RegExp }> = [
  // A foreign currency beside an amount, on a line about pay.
  {
    name: 'pay:currency',
    weight: 2,
    pattern:
      /^(?=.*\b(?:salary|pay|compensation|wages?|hourly|per (?:hour|year|annum)|annual|base|stipend|salaris|loon)\b).*(?:US\$|NT\$|HK\$|C\$|A\$|S\$|\$|£|¥|₹|\b(?:USD|RMB|CNY|HKD|TWD|GBP|CHF|SGD|JPY|INR|AUD|CAD)\b)\s?\d/imu,
  },
  { name: 'law:us-employment', weight: 2, pattern: /\b(?:E-Verify|401\(k\)|Affirmative Action|protected veteran|veteran status|OFCCP|Medicaid|Medicare)/u },
  { name: 'law:eeo', weight: 1, pattern: /\b(?:Equal (?:Employment )?Opportunity|EEO\b)/iu },
  { name: 'postcode:uk', weight: 2, pattern: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}\b/u },
  { name: 'postcode:canada', weight: 2, pattern: /\b[ABCEGHJ-NPRSTVXY]\d[A-Z] \d[A-Z]\d\b/u },
  {
    name: 'phone:foreign',
    weight: 2,
    pattern: /(?:\+|\b00)(?!3[12]\b)(?:1|[2-9]\d{1,2})[\s.-]\(?\d{1,4}\)?[\s.-]\d{2,4}[\s.-]?\d{2,4}\b|\(\d{3}\)\s?\d{3}-\d{4}\b/u,
  },
  { name: 'country:named', weight: 1, pattern: NAMED },
  // "a German company", "een Duits bedrijf": weak, since such firms also hire in the Netherlands.
  {
    name: 'country:adjective',
    weight: 1,
    pattern:
      /\b(?:American|British|German|French|Swiss|Irish|Chinese|Taiwanese|Japanese|Korean|Indian|Canadian|Australian|Singaporean|Amerikaans|Brits|Duits|Zwitsers)e? (?:company|corporation|firm|employer|headquarters|subsidiary|bedrijf|onderneming|werkgever|hoofdkantoor|dochteronderneming)\b/u,
  },
];

/** Foreign country-code domains of the page's address ("jobs.example.de"). */
const FOREIGN_HOST = /\.(?:de|fr|uk|ie|lu|ch|at|es|pt|it|dk|se|no|fi|pl|cz|us|ca|mx|br|au|nz|cn|tw|hk|jp|kr|sg|in|za)$/;

/** Every sign of a job abroad, once each: places as `place:` cues (weight 3), the rest by name. */
export function abroadCues(text: string, location: string | null, host: string | null): RegionCue[] {
  const places = new Set<string>();
  for (const pattern of IN_CONTEXT) for (const m of text.matchAll(pattern)) places.add((m[1] ?? m[2])!);
  for (const m of text.matchAll(STATE_CODE)) places.add(m[1]!);
  // The location field says where the job is: any foreign place in it counts.
  for (const m of (location ?? '').matchAll(PLACE_ANYWHERE)) places.add(m[0]);
  const cues: RegionCue[] = [...places].map((place) => ({ region: 'abroad', name: `place:${place}`, weight: 3 }));
  for (const sign of SIGNS) if (sign.pattern.test(text)) cues.push({ region: 'abroad', name: sign.name, weight: sign.weight });
  if (host && FOREIGN_HOST.test(host)) cues.push({ region: 'abroad', name: 'web:foreign', weight: 3 });
  return cues;
}
