/** The rewrite's form of address: the posting's "je" or "u" (and a Flemish "je kan"), and the sentences said in it. */
import type { Language } from '../../../shared/locale';

export interface Register {
  subject: string;
  can: string;
  learns: string;
  bring: string;
  learn: string;
  who: string;
  orEquivalent: string;
  after: string;
  before: string;
  trainee: string;
  supervised: string;
  within: string;
}

/** Codes of the legal table under which someone still in training may start, but not yet hold the qualification (#16). */
export const TRAINEE = /^(?:yes_as_trainee|yes_as_trainee_limited|yes_as_trainee_without_title|yes_with_other_title|yes_before_authority|yes_limited|partly)$/;

/** The posting's form of address: "u" postings get "u", all others "je". */
export function register(text: string, lang: Language, flemish = false): Register {
  const u = lang === 'nl' && (text.match(/\b(?:u|uw)\b/g)?.length ?? 0) > (text.match(/\b(?:je|jij|jouw)\b/gi)?.length ?? 0);
  // (Counted once: each count runs over the whole posting.)
  const kan = !u && flemishCan(text, flemish);
  return u
    ? {
        subject: 'U',
        can: 'kunt',
        learns: 'leert',
        bring: 'Wat u meebrengt',
        learn: 'Wat u bij ons leert',
        who: 'Wie u bent',
        orEquivalent: 'Hoe u dit hebt geleerd, maakt niet uit: in een opleiding, in uw werk of op een andere manier.',
        after: 'U kunt dit ook na uw aanstelling halen',
        before: 'Dit heeft u nodig voordat u begint',
        trainee: 'Bent u nog in opleiding hiervoor? Dan kunt u soms al als leerling bij ons beginnen',
        supervised: 'Bent u nog in opleiding hiervoor? Dan werkt u eerst onder toezicht',
        within: 'Heeft u dit nog niet? Dan kunt u beginnen als u het haalt binnen de termijn die de wet geeft; vraag ons wat er kan',
      }
    : {
        subject: 'Je',
        can: kan ? 'kan' : 'kunt',
        learns: 'leert',
        bring: 'Wat je meebrengt',
        learn: 'Wat je bij ons leert',
        who: 'Wie je bent',
        orEquivalent:
          lang === 'nl'
            ? 'Hoe je dit hebt geleerd, maakt niet uit: in een opleiding, in je werk of op een andere manier.'
            : 'How you learned this does not matter: in a programme, at work or in another way.',
        after: `Je ${kan ? 'kan' : 'kunt'} dit ook na je aanstelling halen`,
        before: 'Dit heb je nodig voordat je begint',
        trainee: 'Ben je nog in opleiding hiervoor? Dan kun je soms al als leerling bij ons beginnen',
        supervised: 'Ben je nog in opleiding hiervoor? Dan werk je eerst onder toezicht',
        within: `Heb je dit nog niet? Dan ${kan ? 'kan' : 'kun'} je beginnen als je het haalt binnen de termijn die de wet geeft; vraag ons wat er kan`,
      };
}

/** The posting writes "je kan" (as Flemish postings do) more than "je kunt" (a Flemish one, at least as often): the rewrite follows it. */
function flemishCan(text: string, flemish = false): boolean {
  const kan = text.match(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:je|jij) kan(?![A-Za-zÀ-ÖØ-öø-ɏ])/gi)?.length ?? 0;
  const kunt = text.match(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:je|jij) kunt|kun je)(?![A-Za-zÀ-ÖØ-öø-ɏ])/gi)?.length ?? 0;
  return kan > kunt || (flemish && kan >= kunt);
}

/** A clause that opens with its verb ("bent CCNA gecertificeerd") gets the posting's subject back. */
const FINITE =
  /^(?:bent|hebt|heeft|beschikt|spreekt|schrijft|kunt|kan|werkt|wilt|wil|houdt|weet|denkt|staat|neemt|gaat|voelt|vindt|durft|beheerst|bezit)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
export function withSubject(line: string, you: Register, lang: Language): string {
  if (lang === 'en') return /^(?:are|have|can|speak|hold)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i.test(line) ? `You ${line.charAt(0).toLowerCase()}${line.slice(1)}` : line;
  // "Met goede kennis van mechanica" (what a diploma came with) is what the reader has.
  const having = /^met\s+(?=\S)/i.exec(line);
  if (having) return `${you.subject} ${you.subject === 'U' ? 'heeft' : 'hebt'} ${line.slice(having[0].length)}`;
  if (!FINITE.test(line)) return line;
  const verb = line.charAt(0).toLowerCase() + line.slice(1);
  return you.subject === 'U' ? `U ${verb.replace(/^hebt\b/, 'heeft')}` : `${you.subject} ${verb}`;
}
