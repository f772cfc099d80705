/**
 * The posting's own task lines as what a candidate can do (#15): "Offertes opstellen" → "Je kunt
 * offertes opstellen.", "Het bewaken van de planning" → "Je kunt de planning bewaken.", "Develop
 * data pipelines" → "You can develop data pipelines.". A diploma or a level stood for this work;
 * the posting says it in its own words (EXEMPLARS.md, principle 7). Only lines whose verb ESCO
 * itself uses as a skill's verb are taken: a noun line ("Contact met klanten") is no ability.
 * Long: the verb tables of both languages and the forms of a task line (infinitive, noun of
 * action, finite verb) read as an ability.
 */
import type { Language } from '../../../shared/locale';
import type { Taxonomy } from '../../taxonomy';
import { LIST_MARK } from './cues';

interface Verbs {
  nl: ReadonlySet<string>;
  whole: ReadonlySet<string>;
  en: ReadonlySet<string>;
}
const verbsOf = new WeakMap<Taxonomy, Verbs>();

/**
 * ESCO's skill labels name an action: the Dutch ones end in it ("offertes opstellen"), the English
 * ones start with it ("draw up quotations"); English verbs used by at least three skills.
 * Knowledge labels ("aquacultuur") are nouns and left out.
 */
function verbs(taxonomy: Taxonomy): Verbs {
  let v = verbsOf.get(taxonomy);
  if (v) return v;
  const { nl, en, type } = taxonomy.index.skills;
  const count = (map: Map<string, number>, word: string | undefined) => {
    if (word) map.set(word, (map.get(word) ?? 0) + 1);
  };
  const last = new Map<string, number>();
  const first = new Map<string, number>();
  for (let i = 0; i < en.length; i++) {
    if (type[i] === 0) continue;
    const dutch = nl[i];
    // The action ends a Dutch label ("offertes opstellen") or starts it ("assisteren bij de teelt").
    if (dutch) count(last, /(?:^|\s)(\p{Ll}{3,}en)$/u.exec(dutch)?.[1]);
    if (dutch) count(last, /^(\p{Ll}{3,}en)\s+(?:bij|met|van|aan|op|in|voor|als|naar|over)\s/u.exec(dutch)?.[1]);
    count(first, /^(\p{Ll}+)\s/u.exec(en[i] ?? '')?.[1]);
  }
  const often = (map: Map<string, number>, min: number) => new Set([...map].filter(([, n]) => n >= min).map(([w]) => w));
  const dutch = often(last, 1);
  // A separable verb written whole is its particle and a verb ESCO uses: "opvragen", "uitwerken"
  // (the Dutch labels Vaardig has cover a quarter of ESCO's skills, so their verbs are few). Only
  // for a verb written as one word: a preposition in a clause is no particle ("werken op kantoor").
  const whole = new Set(dutch);
  for (const verb of dutch) for (const particle of SEPARABLE) if (!verb.startsWith(particle)) whole.add(`${particle}${verb}`);
  v = { nl: dutch, whole, en: often(first, 3) };
  verbsOf.set(taxonomy, v);
  return v;
}

const SEPARABLE = ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'op', 'over', 'terug', 'toe', 'uit', 'voor'];

/** Build the verb sets now (at Worker start, beside the taxonomy's label maps), not in a request. */
export function warmTaskAbilities(taxonomy: Taxonomy): void {
  verbs(taxonomy);
}

// A task line that is about the reader, the team or a place is not an ability in itself.
const PERSONAL = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:je|jij|jouw|u|uw|we|wij|ons|onze|ze|zij|hun|zich|you|your|our|us|they|their)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
const NOMINAL = /^(?:het\s+)?((?:[A-Za-zÀ-ÖØ-öø-ɏ]+en,\s+)*(?:[A-Za-zÀ-ÖØ-öø-ɏ]+en\s+(?:en|of|en\/of)\s+)?[A-Za-zÀ-ÖØ-öø-ɏ]+en)\s+van\s+(.+)$/i;
// Where the object of a task goes on into examples or a second clause: "…, waaronder …", "…, zoals …".
const OBJECT_END = /,\s*(?:waaronder|zoals|inclusief|onder andere|o\.a\.|met name|en (?:het|de)\s)|\s+(?:en|of)\s+(?:het\s+)?[A-Za-zÀ-ÖØ-öø-ɏ]+en\s+van\s/i;
// A line with a finite verb or "te" + infinitive says what happens, not what someone can do.
const FINITE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:is|zijn|ben|bent|heb|hebt|kunt|wilt|zult|wordt|worden|heeft|hebben|gaat|gaan|kan|kunnen|moet|moeten|zal|zullen|wil|er|te)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/**
 * The ability a task line names, in the posting's form of address, or null when it names none.
 * Long: the forms a task line takes tried in order (the first that reads wins), each a few lines.
 */
export function taskAbility(line: string, language: Language, taxonomy: Taxonomy, subject = 'Je'): string | null {
  // (An aside in brackets, "(SAP en Excel)", is left out of the ability; brackets inside a word,
  // "de (eind)redactie", are part of it.)
  const text = line
    .replace(LIST_MARK, '')
    .replace(/<[^>]+>|\*\*/g, '')
    .replace(/\s*\([^()]*\)(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, '')
    .replace(/[\s;,.:!]+$/, '')
    .trim();
  const words = text.split(/\s+/);
  const v = verbs(taxonomy);
  const list = language === 'nl' && words.length <= 24 ? actionList(text, v.whole) : null;
  if (list) return `${subject} kunt ${list}.`;
  if (words.length < 2 || words.length > 16 || /[?()+:]/.test(text.replace(/\([A-Za-zÀ-ÖØ-öø-ɏ]+\)(?=[A-Za-zÀ-ÖØ-öø-ɏ])/g, ''))) return null;
  // Items of a flattened list run together ("… de lopende projecten Bewaken van …"): a verb written
  // with a capital inside the line starts another task.
  if (words.slice(1).some((w, i) => /^\p{Lu}\p{Ll}+$/u.test(w) && /\p{Ll}$/u.test(words[i]!) && (v.nl.has(w.toLowerCase()) || v.en.has(w.toLowerCase()))))
    return null;
  // "Ook zal je oplossingen bedenken en ontwerpen", "Je gaat de planning bewaken": what the job will
  // have the reader do, with an infinitive ESCO knows.
  if (language === 'nl') {
    const future = futureTask(text, v.whole);
    if (future) return `${subject} kunt ${future}.`;
  }
  // "Je plant de ritten" / "Bouwt duurzame relaties met aannemers": a finite verb ESCO knows.
  if (language === 'nl') {
    const finite = finiteTask(uninvert(text, v.nl), v.nl);
    if (finite) return `${subject} kunt ${finite}.`;
  }
  if (PERSONAL.test(text)) return null;
  if (language === 'en') {
    // "Hire, lead and align the team …": the first of several actions is one ESCO knows.
    // Every action of a list that opens the line is one: "Design, development and analysis of …" names nouns.
    const actions = (/^[A-Za-z]+(?:,\s*[A-Za-z]+)*(?:,?\s+(?:and|or)\s+[A-Za-z]+)?(?=[\s,])/.exec(text)?.[0] ?? words[0]!).split(/,?\s+(?:and|or)\s+|,\s*/);
    const noun = (w: string) => /(?:ment|tion|sion|ance|ence|ity|ing|ness|ysis|ship)$/i.test(w);
    return v.en.has(actions[0]!.toLowerCase()) && !actions.some((w) => noun(w) && !v.en.has(w.toLowerCase())) ? `You can ${lower(text)}.` : null;
  }
  // "Plaatsing en opvolging van bestellingen" is "Plaatsen en opvolgen van bestellingen": an action
  // noun in -ing is its verb's (only where ESCO uses that verb).
  const actions = /^([A-Za-zÀ-ÖØ-öø-ɏ]+)ing(?:\s+(en|of)\s+(\p{Ll}+)ing)?(?=\s+van\s)/u.exec(text);
  if (actions) {
    const first = `${actions[1]!.toLowerCase()}en`,
      second = actions[3] ? `${actions[3]}en` : null;
    if (v.whole.has(first) && (!second || v.whole.has(second)))
      return taskAbility(`${first}${second ? ` ${actions[2]} ${second}` : ''}${text.slice(actions[0].length)}`, language, taxonomy, subject);
  }
  // "Constateren van wijzigingen in het assortiment en voorkomen van dreigende tekorten": two actions,
  // each with its own object → "wijzigingen in het assortiment constateren en dreigende tekorten voorkomen".
  const pair = /^(?:het\s+)?([A-Za-zÀ-ÖØ-öø-ɏ]+en)\s+van\s+(.+?)\s+en\s+(?:het\s+)?(\p{Ll}+en)\s+van\s+(.+)$/iu.exec(text);
  if (
    pair &&
    v.nl.has(pair[1]!.toLowerCase()) &&
    v.nl.has(pair[3]!) &&
    !/\s(?:en|of)\s/i.test(pair[4]!) &&
    !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:om|te)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(text)
  ) {
    return `${subject} kunt ${pair[2]} ${pair[1]!.toLowerCase()} en ${pair[4]} ${pair[3]}.`;
  }
  // "Het opstellen van offertes" → "offertes opstellen"; one action only.
  const nominal = NOMINAL.exec(text);
  if (nominal) {
    const verb = nominal[1]!.toLowerCase();
    const object = nominal[2]!.split(OBJECT_END)[0]!;
    const known = verb
      .split(/[\s,]+/)
      .filter((w) => /[A-Za-zÀ-ÖØ-öø-ɏ]{3,}en$/.test(w))
      .every((w) => v.whole.has(w));
    if (!known || /\s(?:en|of)\s+(?:het\s|[A-Za-zÀ-ÖØ-öø-ɏ]+en\s+van\s)/i.test(object)) return null;
    // A second action in the object ("prijslijsten in excel en up-to-date houden", "de markt en
    // gerichte acties opzetten om de verkoop te boosten"): two tasks, or a purpose clause.
    if (
      /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:om|te)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(object) ||
      object
        .trim()
        .split(/\s+/)
        .slice(1)
        .some((w) => /[A-Za-zÀ-ÖØ-öø-ɏ]{3,}en$/.test(w) && v.whole.has(w.toLowerCase())) ||
      /\s(?:en|of)\s+\p{Ll}{3,}en\s+(?:waar|als|indien|wanneer)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u.test(object.trim())
    )
      return null;
    // A list of actions in the object ("agenda's, inplannen vergaderingen, afhandelen …", "… etc"): several tasks.
    // (A list of things is fine: "interne afkeuren, leveranciersafkeuren en klantenklachten".)
    if (/(?<![A-Za-zÀ-ÖØ-öø-ɏ])etc\b|,\s+\p{Ll}{3,}en\s+(?!(?:en|of)\s)[A-Za-zÀ-ÖØ-öø-ɏ]|,\s+\S+\s+\p{Ll}{4,}en,/u.test(object)) return null;
    // A verb that takes its object with a preposition: "assisteren van de administratie" → "bij de administratie assisteren".
    const preposition = WITH_PREPOSITION[verb];
    return `${subject} kunt ${preposition ? `${preposition} ` : ''}${object.trim()} ${verb}.`;
  }
  // "Offertes opstellen en de planning bewaken", "Content ontwikkelen voor verschillende kanalen":
  // an action ESCO knows, after a short object, and no finite verb ("Detecteert", "Er is ruimte").
  const at = words.findIndex((w) => v.whole.has(w.toLowerCase().replace(/[,;]$/, '')));
  // (A noun after an article or adjective is no verb: "de lopende projecten".)
  if (
    at < 0 ||
    at > 5 ||
    /^(?:de|het|een|deze|die|onze|[A-Za-zÀ-ÖØ-öø-ɏ]+[^e\s]e)$/i.test(words[at - 1] ?? '') ||
    /^het\s/i.test(text) ||
    // (A verb first with "van" after it is a noun of action, "Opstellen van …", said above; not "Bestellingen opvolgen van A tot Z".)
    // (Nor after an adverb, "Nauwkeurig volgen van het plan": still a noun of action.)
    (/^van$/i.test(words[at + 1] ?? '') && (at === 0 || /(?:ig|lijk|isch|baar|ief|eel|aal)$/i.test(words[at - 1]!))) ||
    FINITE.test(text) ||
    v.nl.has(`${words[0]!.toLowerCase().replace(/t$/, '')}en`)
  )
    return null;
  return `${subject} kunt ${lower(text)}.`;
}

/**
 * A line of several actions, after a label of its own or not: "Managementondersteuning: Beheren van
 * agenda's, inplannen vergaderingen, afhandelen inkomende en uitgaande communicatie" → "agenda's
 * beheren, vergaderingen inplannen en inkomende en uitgaande communicatie afhandelen". Null unless
 * every item reads as one action and at least half of them name a verb ESCO knows (the list's form
 * vouches for the others: "afhandelen …" among "Beheren van …" and "inplannen …").
 */
function actionList(text: string, verbs: ReadonlySet<string>): string | null {
  const items = text
    .replace(/^[^:,]{2,40}:\s+/, '')
    .replace(/,?\s+(?:etc|enz|e\.d)\.?$/i, '')
    .split(/\s*,\s*/)
    .map((item) => item.replace(/^(?:en|of)\s+/i, ''));
  if (items.length < 2 || items.length > 6 || /[?()+:]/.test(items.join(' '))) return null;
  const said = items.map((item) => oneAction(item, verbs));
  if (said.some((a) => !a) || said.filter((a) => a!.known).length * 2 < said.length) return null;
  const words = said.map((a) => a!.words);
  return `${words.slice(0, -1).join(', ')} en ${words.at(-1)}`;
}

// Verbs too common for ESCO's labels to end on, that end a Dutch task: "feedbackgesprekken voeren".
const LIGHT_VERB = /^(?:voeren|doen|maken|geven|houden|zetten|leggen|nemen|brengen|stellen|regelen|verzorgen)$/;
// An infinitive, not a plural noun of action ("vergaderingen").
const INFINITIVE = /^\p{Ll}{3,}(?<!ing)en$/u;

/** "Beheren van agenda's", "inplannen vergaderingen", "personeelsbestand bijhouden" → the object, then the verb. */
function oneAction(item: string, verbs: ReadonlySet<string>): { words: string; known: boolean } | null {
  const words = item.replace(/^het\s+/i, '').split(/\s+/);
  if (words.length < 2 || words.length > 8 || PERSONAL.test(item) || FINITE.test(item)) return null;
  const lowered = words.map((w) => w.toLowerCase());
  const verbIn = (ws: string[]) => ws.some((w) => verbs.has(w));
  const last = lowered.at(-1)!;
  if ((verbs.has(last) || LIGHT_VERB.test(last)) && !verbIn(lowered.slice(0, -1))) return { words: lower(words.join(' ')), known: verbs.has(last) };
  const first = lowered[0]!;
  if (!verbs.has(first) && !INFINITIVE.test(first)) return null;
  const object = (lowered[1] === 'van' ? words.slice(2) : words.slice(1)).join(' ');
  // (A second verb in the object is a second action: not one item.)
  if (!object || verbIn(object.toLowerCase().split(/\s+/))) return null;
  const preposition = WITH_PREPOSITION[first];
  return { words: `${preposition && !object.startsWith(`${preposition} `) ? `${preposition} ` : ''}${object} ${first}`, known: verbs.has(first) };
}

const WITH_PREPOSITION: Record<string, string> = { assisteren: 'bij', helpen: 'bij', meehelpen: 'bij', meewerken: 'aan', bijdragen: 'aan' };
const RELATION = /^(?:rapporteren|vallen|horen|zitten|staan|liggen|komen|gaan|krijgen|hebben|zijn|worden)$/;
// Particles a Dutch verb leaves at the end of its clause: "Stuurt offertes aan" is "aansturen".
const PARTICLE = /^(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|vast|voor|weg|samen)$/;

/**
 * A task written with a finite verb, third person ("Bouwt duurzame relaties met aannemers") or
 * addressed ("Je plant de ritten"), as what the candidate can do: "duurzame relaties met aannemers
 * bouwen". Only verbs whose infinitive ESCO's Dutch labels use; one clause, nothing about others.
 */
function finiteTask(text: string, verbs: ReadonlySet<string>): string | null {
  const m = /^(?:(?:je|jij)\s+)?([A-Za-zÀ-ÖØ-öø-ɏ]+t)(?:\s+en\s+(\p{Ll}+t))?\s+(.+)$/iu.exec(text);
  if (!m) return null;
  // (A sentence adverb is the posting's link to what came before: "Jij onderzoekt daarnaast het gedrag …".)
  const rest = m[3]!.trim().replace(/^(?:daarnaast|ook|verder|tevens|bovendien|vervolgens|daarbij|hierbij)\s+/i, '');
  // A second clause ("… en volgt markttrends op") or words about others: not one ability.
  if (PERSONAL.test(rest) || /[.!?]\s/.test(rest) || FINITE.test(rest)) return null;
  // …also with a verb ESCO does not know: "… de ritten en overlegt met de chauffeurs", "… en ontdekt waar kansen liggen".
  if (
    /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:en|én|of)\s+\p{Ll}{3,}t\s+(?:met|de|het|een|waar|wat|hoe|aan|op|naar|over|bij|die|dat|deze|dit|zich|mee|samen)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u.test(
      rest,
    )
  )
    return null;
  const words = rest.split(/\s+/);
  // "Onderzoekt incidenten, lost deze op én doet voorstellen": another finite verb, another clause.
  if (
    words.some(
      (w) => /^\p{Ll}{3,}t[,;]?$/u.test(w) && !/^(?:niet|moet|wordt|gaat|staat|laat|weet)/.test(w) && infinitive(w.replace(/[,;]$/, ''), verbs) !== null,
    )
  )
    return null;
  // "… en past deze aan": a verb after "en" whose particle ends the clause.
  const particles = words.filter((w) => PARTICLE.test(w.toLowerCase()));
  if (
    words.some(
      (w, i) =>
        i > 0 &&
        /^(?:en|én|of)$/i.test(words[i - 1]!) &&
        /^\p{Ll}{2,}t$/u.test(w) &&
        !/^ge/.test(w) &&
        particles.some((p) => infinitive(w, verbs, p.toLowerCase()) !== null),
    )
  )
    return null;
  const verb = (m[2] ?? m[1]!).toLowerCase();
  // The verb's particle stands somewhere after it ("Stuurt offertes aan", "neemt examens af voor …"):
  // it joins the infinitive when ESCO knows the verb with it.
  let particle = '';
  for (let i = words.length - 1; i >= 0 && !particle; i--) {
    const word = words[i]!.toLowerCase();
    // (A preposition with its noun is no particle: "volgt de markt op de voet".)
    if (PARTICLE.test(word) && !/^(?:de|het|een)$/i.test(words[i + 1] ?? '') && infinitive(verb, verbs, word)) {
      particle = word;
      words.splice(i, 1);
    }
  }
  // A particle left inside the clause ("werkt samen met", "maakt deel uit van") makes no ability.
  if (words.some((w) => /^(?:uit|samen|mee|terug|toe|vast|weg|af)$/i.test(w))) return null;
  const first = infinitive(m[1]!.toLowerCase(), verbs, m[2] ? '' : particle);
  // Where the job sits ("Rapporteert aan de directie", "Valt onder het hoofd") is no ability.
  if (first && RELATION.test(first)) return null;
  const second = m[2] ? infinitive(m[2], verbs, particle) : null;
  if (!first || (m[2] && !second)) return null;
  const object = words.join(' ');
  return second ? `${object} ${first} en ${second}` : `${object} ${first}`;
}

/**
 * "(Ook) zal je met het team oplossingen bedenken en ontwerpen voor nieuwe functionaliteiten" →
 * "met het team oplossingen bedenken en ontwerpen voor nieuwe functionaliteiten": "zal" or "gaat",
 * the reader, and one or two infinitives ESCO knows (a phrase with a preposition may follow them).
 */
function futureTask(text: string, verbs: ReadonlySet<string>): string | null {
  const m =
    /^(?:(?:ook|daarnaast|verder|hiervoor|daarbij|tevens|samen met (?:\S+\s+){0,3}?\S+)\s+)?(?:(?:zal|ga|gaat)\s+(?:je|jij)|(?:je|jij)\s+(?:zal|zult|gaat))\s+(.+)$/i.exec(
      text,
    );
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  // The last infinitive ESCO knows, before at most a phrase with a preposition ("… ontwerpen voor nieuwe functionaliteiten").
  let at = -1;
  for (let i = words.length - 1; i >= 1 && at < 0; i--) if (verbs.has(words[i]!.toLowerCase())) at = i;
  if (at < 1) return null;
  const tail = words.slice(at + 1);
  if (tail.length && !/^(?:voor|van|met|in|bij|aan|op|binnen|naar|tot)$/i.test(tail[0]!)) return null;
  const head = words.slice(0, at);
  const infinitives = [words[at]!];
  if (/^(?:en|of)$/i.test(head.at(-1) ?? '') && verbs.has((head.at(-2) ?? '').toLowerCase())) infinitives.unshift(head.splice(-2, 2)[0]!, 'en');
  const all = [...head, ...infinitives, ...tail].join(' ');
  // One clause about the job's work: no second verb, nothing about others, no relation ("deel uitmaken van").
  if (!head.length || FINITE.test(all) || PERSONAL.test(all) || /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:die|dat|waar|waarin|wat)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(all))
    return null;
  if (RELATION.test(words[at]!.toLowerCase()) || /^(?:uitmaken|bezighouden|werken)$/i.test(words[at]!)) return null;
  return all;
}

// An opening adverbial before the verb and "je" ("Samen met externe bureaus ontwikkel jij …",
// "Daarnaast organiseer je …"): the sentence the task says after it.
const INVERTED =
  /^(?:samen met (?:\S+\s+){0,3}?\S+|daarnaast|ook|verder|tevens|bovendien|hierbij|daarbij|dagelijks|in (?:deze|jouw|je) (?:rol|functie)(?: als \S+)?)\s+(\p{Ll}+)\s+(?:je|jij)\s+(.+)$/iu;

// A list item that opens on the verb, the reader after it ("Analyseer je de huidige nieuwsbrieven"),
// under a lead-in such as "In jouw eerste maand:".
const VERB_FIRST = /^(\p{Lu}\p{Ll}+)\s+(?:je|jij)\s+(.+)$/u;
const NOT_YET = /^(?:leer|ontdek|krijg|ga|kom|word|ben|heb|zit|sta|toon)$/i;

/** "Daarnaast organiseer je evenementen" → "je organiseert evenementen", when ESCO knows the verb. */
function uninvert(text: string, verbs: ReadonlySet<string>): string {
  const inverted = INVERTED.exec(text);
  const m = inverted ?? VERB_FIRST.exec(text);
  // (What the reader learns or gets, "Leer je alle ins en outs van …", is no ability yet.)
  if (!m || NOT_YET.test(m[1]!)) return text;
  // Such an item strings its clauses on ("Analyseer je de nieuwsbrieven en zoek je naar kansen"): the first says one ability.
  if (!inverted) m[2] = m[2]!.split(/,\s+(?=\p{Ll}+\s+(?:je|jij)\s)|\s+(?:en|of)\s+(?=\p{Ll}+\s+(?:je|jij)\s)/u)[0]!;
  const verb = m[1]!.toLowerCase();
  const form = verb.endsWith('t') ? verb : `${verb}t`;
  return infinitive(form, verbs) || PARTICLE.test(m[2]!.split(/\s+/).at(-1) ?? '') ? `je ${form} ${m[2]}` : text;
}

/** The infinitive (with its particle) of a present-tense form ("plant", "detecteert", "stuurt … aan"), when ESCO knows it. */
function infinitive(form: string, verbs: ReadonlySet<string>, particle = ''): string | null {
  const stem = form.replace(/t$/, '');
  const candidates = [
    `${stem}en`,
    `${stem.replace(/([aeou])\1([^aeiou])$/, '$1$2')}en`,
    `${stem}${stem.at(-1) ?? ''}en`,
    `${stem.replace(/f$/, 'v').replace(/s$/, 'z')}en`,
    `${form}en`,
  ].map((c) => `${particle}${c}`);
  return candidates.find((c) => verbs.has(c)) ?? null;
}

/** A first word in lower case unless it is a name or an abbreviation ("SAP", "Excel" stay). */
function lower(text: string): string {
  return /^\p{Lu}[\p{Ll}'’]*(?:[\s,;/-]|$)/u.test(text) && !/^\p{Lu}\p{Ll}*\p{Lu}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
