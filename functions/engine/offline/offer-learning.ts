/**
 * What the posting's own offer says about learning on the job, for "Wat je bij ons leert".
 */
import { t } from './i18n';
import { LIST_MARK } from './cues';
import type { RewriteInput } from './rewrite';
import type { Register } from './rewrite-register';
import { closed } from './rewrite-lines';

/**
 * How the candidate learns here, as the posting's own offer says it (EXEMPLARS principle 3: every
 * learnable item says how it is learned): its lines that name training, coaching or a course, said to
 * the reader ("Uitgebreide opleidingsmogelijkheden" → "Je krijgt uitgebreide opleidingsmogelijkheden.").
 * The offer itself stays as it was; at most three, in its order.
 */
export function learningOffered(input: RewriteInput, you: Register): string[] {
  const lang = input.language;
  const gets = t(lang, `${you.subject} krijgt`, 'You get');
  return (
    input.lines
      .filter((l) => !l.heading && l.start >= (input.scope ?? 0) && (l.section === 'offer' || (!NOT_THE_JOB.has(l.section) && LEARNING.test(l.text))))
      .flatMap((l) =>
        l.text
          .replace(LIST_MARK, '')
          .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
          // (Outside the offer, only a sentence that says the reader is trained: "Je start met een betaalde opleiding van vier maanden".)
          .filter((x) => l.section === 'offer' || TRAINED.test(x)),
      )
      // (Without a label or lead-in of its own: "Ontwikkeling: opleidingsbudget …", "Wij bieden jou: Je komt …".)
      .map((x) =>
        x
          .trim()
          .replace(/^[^:]{1,30}:\s+(?=\S)/, '')
          .replace(/[\s;,]+$/, ''),
      )
      // (Nor a piece of a question the page wrapped: "Waar en hoe je begint, welke opleidingen …".)
      .filter(
        (x) =>
          LEARNING.test(x) &&
          !NOT_LEARNING.test(x) &&
          x.split(/\s+/).length >= 2 &&
          x.length <= 200 &&
          !/[?:]$|^(?:waar|hoe|wat|welke|wanneer|of)\s/i.test(x) &&
          // (Nor what comes after the learning, "Na een inwerkperiode veel ruimte voor eigen initiatief".)
          !(/^(?:na|after)\s/i.test(x) && !SAYS_ITSELF.test(x)),
      )
      .slice(0, 3)
      .map((x) => {
        // A sentence with its own subject or verb stays as it is; a noun phrase is what the reader gets.
        if (SAYS_ITSELF.test(x) || /^(?:na|tijdens|door|met|in|bij|voor|via|op|after|during|with|through)\s/i.test(x))
          return closed(x.charAt(0).toUpperCase() + x.slice(1));
        // (A name keeps its capital: the posting writes it so inside its sentences too, "… the Vanderlande
        // Academy"; more than once, as a list flattened into one line may put any word there.)
        const first = x.split(/\s+/, 1)[0]!.replace(/[^A-Za-zÀ-ÖØ-öø-ɏ-]/g, '');
        const name = /^\p{Lu}{2}/u.test(x) || (input.text.match(new RegExp(`[a-zà-öø-ÿ]\\s${first}(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'g'))?.length ?? 0) >= 2;
        return closed(`${gets} ${name ? x : x.charAt(0).toLowerCase() + x.slice(1)}`);
      })
  );
}

/** Sections whose lines ask, or are about others: a course named there is no training the reader gets. */
const NOT_THE_JOB = new Set(['requirements', 'preferred', 'contact', 'about', 'meta']);
/** A sentence that says the reader is trained or coached here ("Je start met een betaalde opleiding", "ondersteunt een coach je"). */
const TRAINED =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij|u|you)\s+(?:start|begint|volgt|krijgt|doorloopt|will (?:start|follow|receive|get))\s(?:[^.!?]{0,40}\s)?(?:opleiding|training|cursus|inwerkprogramma|inwerktraject|traineeship|course|onboarding)|(?:leiden|trainen|begeleiden) (?:we|wij) (?:je|jou|u)(?: \S+)? op|(?:word|wordt) (?:je|jij|u) opgeleid|(?:coach|mentor|buddy) (?:je|jou|u)|(?:ondersteunt|begeleidt|helpt) (?:een|je|jouw) (?:coach|mentor|buddy|begeleider|stagebegeleider) (?:je|jou|u))(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** Pay, a level or a demand that names a course ("afhankelijk van opleiding", "opleidingsniveau", "is een vereiste"), or wellbeing: not how one learns. */
const NOT_LEARNING =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:salaris\w*|salary|inschaling|schaal|bruto|€|opleidingsniveau|afhankelijk van (?:je |jouw |uw )?(?:opleiding|ervaring|niveau)|ervaring en opleiding|opleiding en ervaring|selectieprocedure|assessment|aanstelling|aangesteld|proeftijd|uitbetal\w*|vakantie\w*|vereist\w*|voorwaarde|verplicht\w*|required|vitaliteit\w*|gezondheid|fitness|yoga|sport\w*|welzijn|wellbeing|health)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** A sentence that has its subject or finite verb already. */
const SAYS_ITSELF =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:je|jij|jou|jouw|u|we|wij|ons|onze|er|wordt|word|ben|bent|is|zijn|vindt|biedt|bieden|krijg|krijgt|start|spelen|speelt|you|your|our|they|are|provides?|offers?|will)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;

/** A line of the offer that names a way of learning on the job or a course, not a career step. */
const LEARNING =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:opleiding\w*|cursus\w*|training\w*|trainingen|coaching|coach|begeleiding|inwerk\w*|ingewerkt|scholing|bijscholing|klinische lessen|academy|academie|opleidingsbudget|ontwikkelbudget|studiebudget|certificering\w*|mentor\w*|leerplan|ontwikkelplan|ontwikkeltraject|tuition|mentorship|learning budget|learning and development|training budget)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
