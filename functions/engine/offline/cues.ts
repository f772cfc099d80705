/**
 * The word patterns the offline engine reads requirements with, Dutch and English.
 * Each is a general rule about how postings phrase things, not a fit to one posting.
 */

const tested = new Map<RegExp, { text: string; result: boolean }>();

/**
 * `re.test(text)` for these (non-global) patterns, remembered per pattern for the last text: a unit
 * is first asked about and then, most often as its own single clause, classified with many of the
 * same patterns (some twice).
 */
export function has(re: RegExp, text: string): boolean {
  const last = tested.get(re);
  if (last?.text === text) return last.result;
  const result = (GATES.get(re)?.test(text) ?? true) && re.test(text);
  if (last) {
    last.text = text;
    last.result = result;
  } else tested.set(re, { text, result });
  return result;
}
/** False when the pattern's gate (GATES) turns the text away: the pattern cannot match it. */
export function mayMatch(re: RegExp, text: string): boolean {
  return GATES.get(re)?.test(text) ?? true;
}

/** `re.exec(text)` behind the pattern's gate (GATES): null, without running it, for a text the gate turns away. */
export function gatedExec(re: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(re, text) ? re.exec(text) : null;
}

export const EDUCATION =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:mbo|hbo|wo|vmbo|havo|vwo|bachelor\w*|(?<!scrum )master\w*(?! data)|b\.?sc|m\.?sc|ph\.? ?d|mba|diploma\w*|opleiding\w*|afgestudeerd\w*|graduaat|academisch\w*|universit\w*|denkniveau|werk- en denkniveau|denk- en werkniveau|degree\w*|graduate\w*|ba\/bs|bs\/ba|b\.s|m\.s|studie\w*|educat\w*|undergraduate|doctora\w*|qualification in|studeert|student\w*|richting)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const EDUCATION_STRONG =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:mbo|hbo|wo|bachelor\w*|(?<!scrum )master\w*(?! data)|b\.?sc|m\.?sc|ph\.? ?d|diploma\w*|(?:een|afgeronde|relevante|hogere|technische|passende|gerichte|vergelijkbare|universitaire|academische|[A-Za-zÀ-ÖØ-öø-ɏ]+-)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ]+\s+){0,3}?opleiding|opleiding (?:in|als|tot|richting)|graduaat|denkniveau|denk- en werkniveau|specialisatie|(?<!high |certain |some |great |a high )degree(?! of)|graduate degree|hogere opleiding|universitaire|(?:educational |academic )?background in(?= (?:[A-Za-zÀ-ÖØ-öø-ɏ]+ ){0,2}(?:engineering|science|math|statist|computer|economi|physics|chemi|finance|business)))(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
/** Degree abbreviations, case-sensitive so "MS Office" is not a master's degree. */
export const DEGREE_CODE =
  /\b(?:BS|MS|BA|MA|BSc|MSc|PhD|Ph\.D|B\.S|M\.S)\b(?![\s-]*(?:Office|Excel|Word|Teams|Access|Project|SQL|Dynamics|Azure|Outlook|PowerPoint|Visio|365))/;
/** A field or programme is named: "degree in X", "opleiding Bouwkunde", "Master bouwkunde", "bijvoorbeeld Technische Informatica". */
export const FIELD =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:(?:degree|diploma|bachelor\w*|(?<!scrum )master\w*(?! data)|opleiding|studie|ba|bs|ms|msc|bsc|phd|graduate|hbo|wo|mbo)\s+(?:[A-Za-zÀ-ÖØ-öø-ɏ]+\s+){0,3}?(?:in|op het gebied van|richting|binnen(?: een)?|in de richting van)\s+(?:de |het |een |a |an )?(?!relevant|gerelateerd|related|vergelijkbaar|equivalent|similar|gelijkwaardig|soortgelijk)[A-Za-zÀ-ÖØ-öø-ɏ]{3,}|(?:opleiding|diploma|bachelor|master|professionele bachelor|studie)\s+(?!of\b|or\b|in\b|en\b|and\b|is\b|hbo|wo|mbo|bachelor|master|niveau|diploma|opleiding|degree|required|vereist|met\b|die\b|dat\b|voor\b|gevolgd|afgerond|behaald|relevant|gerelateerd|related|vergelijkbaar|equivalent|gelijkwaardig|door\b|\()[A-Za-zÀ-ÖØ-öø-ɏ]{4,}|(?:bijvoorbeeld|zoals|such as|e\.g\.|bij voorkeur|preferably|especially)\s+(?:in\s+)?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ]{3,}|(?:reclame|it|ict|technisch|technical|economisch\w*|juridisch\w*|kwantitatie\w*|quantitative|stem|engineering|computer science|informatica)[- ](?:gerelateerd\w* )?(?:diploma|opleiding|degree|field|discipline|richting|studie))/i;
export const FIELD_WORDS =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:informatica|computer science|engineering|economi\w*|bouwkunde|elektro\w*|mechatronica|logistiek|marketing|communicatie|rechten|wiskunde|math\w*|statisti\w*|physics|natuurkunde|psycholog\w*|biolog\w*|finance|accountancy|bedrijfskunde|stem|ict|data science|artificial intelligence|kunstmatige intelligentie|verpleeg\w*|pedagog\w*|handelswetenschappen|tew|industriële wetenschappen|chemi\w*|operations research|public health|bouw|techniek|elektromechanica|informatiekunde|bedrijfseconomie|office management)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const LICENCE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:rijbewijs\w*|driver'?s licen[cs]e|driving licen[cs]e|big[- ]?regist\w*|big[- ]geregistreerd|\bbig\b|vog|verklaring omtrent (?:het )?gedrag|code\s*95|adr|skj|security clearance|clearance|background (?:check|investigation)s?|veiligheidsonderzoek|vgb|authori[sz]ed to work|work authori[sz]ation|werkvergunning|chauffeurskaart|vaarbewijs|ITAA-titel|registratie als)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const CERTIFICATE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:vca\w*|bhv|ehbo|certifica\w*|gecertificeerd|certified|certification\w*|prince ?2|ccna|ccnp|mcsa|mcse|itil[- ]?(?:v\d|foundation|certif\w*)|aws certified|pmp|scrum master certif\w*|psm|csm|heftruck\w*|attest|getuigschrift|nen[- ]?3140|iso[- ]?\d+ lead|technische opleidingen)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const LANGUAGE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:nederlands\w*|engels\w*|frans\w*|duits\w*|spaans|english|dutch|french|german|spanish|talenkennis|taalvaardig\w*|talen|languages?|moedertaal|native speaker|tweetalig|bilingual|meertalig|multilingual|anderstalig)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const LANGUAGE_SKILL =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:spreek\w*|schrijf\w*|beheers\w*|vloeiend|kennis|goed\w*|fluent\w*|fluency|proficien\w*|mondeling|schriftelijk|native|c1|c2|b1|b2|niveau|taalvaardig\w*|talenkennis|gesproken|spoken|written|verbal|communica\w*|in woord en geschrift|moedertaal|tweetalig|bilingual|meertalig|multilingual|lezen|speak\w*|write|writing)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

export const EXPERIENCE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:ervaring\w*|werkervaring|(?:rij|praktijk|stage|vak|leidinggevende |beroeps)ervaring|ervaren|experience[ds]?|vlieguren|track record|worked|years? of|jaar (?:relevante )?(?:werk)?ervaring|jaren ervaring|\d+\+? (?:jaar|years?)|achtergrond in|hands-on|eerdere (?:rol|functie)|bewezen|proven|seasoned|senior)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const YEARS =
  /(?:\b(?:min(?:imaal|imum|\.)?|minstens|ten minste|at least|ruim|meer dan|over|more than|ongeveer|circa|about|max(?:imaal|imum|\.)?|tot|up to)\s+)?\b(\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|one|two|three|four|five|six|seven|eight|nine|ten|meerdere|enkele|several)(?:\s*\(\d{1,2}\+?\))?(?:\s*(?:[-–]|tot|to|à|a)\s*(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight|nine|ten))?\+?\s*(?:jaar|jaren|years?|yrs?)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

export const SKILL =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:kennis|knowledge|kunde|vaardig\w*|(?:schrijf|taal|reken|lees|computer|spreek|communicatie|presentatie|onderhandelings|leidinggevende |digitale |sociale |organisatorische |commerciële )vaardigheden|skills?|proficien\w*|familiar\w*|bedreven|kunnen werken met|vlot (?:met|kan werken)|werken met|understanding of|expertise|programmeren|programming|able to (?:build|write|use|develop|design|analy[sz]e|implement|read|create|quickly understand)|in staat (?:om|bent)|beheersing|inzicht in|know-how|thuis in|bekend met|ervaren in het gebruik|kan werken met|gebruik van|competent|geen geheimen|bekendheid met|op de hoogte|vertrouwd (?:met|maken)|expert in|ability|abilities|demonstrated|fluency|fluent|kunnen (?:denken|werken|omgaan|schakelen)|python|sql|java|javascript|excel|sap|office|linux|git|docker|aws|azure|scrum|agile)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const TRAIT =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:je bent|jij bent|ben je|bent u|you are|you're|je hebt (?:een )?(?:sterk|goed|groot|flexibel|positie\w*|proactie\w*|ondernemend\w*|kritisch\w*|dienstverlenend\w*|klantgericht\w*|oplossingsgericht\w*|analytisch\w*) \w*|houding|mentaliteit|attitude|mindset|zelfstandig\w*|teamplayer|team player|teamspeler|nauwkeurig\w*|stressbestendig\w*|flexibel\w*|flexibiliteit|leergierig\w*|gedreven|gemotiveerd|motivated|communicatie\w*|communicat\w*|klantgericht\w*|proactie\w*|pro-actie\w*|analytisch\w*|resultaatgericht\w*|kwaliteitsgericht\w*|oplossingsgericht\w*|passion\w*|passie|self-starter|self starter|curious|nieuwsgierig\w*|independent\w*|ondernemend\w*|collegiaal|collegial|enthousias\w*|enthusias\w*|initiatief|initiative|verantwoordelijkheid\w*|responsib\w*|houdt van|vind je (?:het )?leuk|graag|enjoy\w*|love|thrive|integer|integrity|creatie\w*|creative|gestructureerd|structured|organi[sz]ed|organi[sz]ation(?:al)? skills|planmatig|accura\w*|detail-oriented|detail oriented|oog voor detail|aanpakker|doorpakken|doorzett\w*|energie\w*|positie\w*|sociaa?l\w*|empathi\w*|empath\w*|geduld\w*|patient|betrouwbaar\w*|reliable|punctu\w*|humor|hands-on mentaliteit|can-do|no-nonsense|ambiti\w*|ambitious|drive|driven|eager|willing|bereid|open (?:houding|mind)|zin in|wil (?:je )?leren|willing to learn|learn quickly|snel (?:leren|schakel\w*|oppakken)|schakel\w*|empathisch|inlevingsvermogen|overtuigings\w*|problem solv\w*|problemen op te lossen|probleemoplossend\w*|kritisch\w*|critical thinking|team|samenwerk\w*|collaborat\w*|interpersonal|sterke persoonlijkheid|persoonlijkheid|personality|dienstverlenend\w*|vriendelijk\w*|rustig\w*|ondernemend|kan omgaan met|omgaan met|werkt (?:graag|zelfstandig|nauwkeurig)|niet bang|fan|affiniteit|interesse|interest(?:ed)?|sterk in|sterke kant|prioriteiten|denker|doener|innovatie\w*|strategisch\w*|inventie\w*|loyal\w*|betrokken\w*|respect\w*|kernwaarden|polyvalent\w*|toegewijd\w*|open mind|schrikt|handen uit de mouwen|leadership|leiderschap|learner|mentor\w*|coach\w*|values|waarden|humility|honest\w*|eerlijk\w*|perseveran\w*|scrappiness|curiosity|ingesteld)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

export const OTHER =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:fulltime|full-time|full time|parttime|part-time|part time|voltijd\w*|deeltijd\w*|\d+\s*(?:[-–]|tot|à)\s*\d+\s*(?:uur|u|hours)\b|uur per week|uren per week|dagen per week|days per week|hours per week|\d+ uur|dienstverband|ploegen\w*|shifts?|weekend\w*|avond\w*|nachtdienst\w*|onregelmatig\w*|beschikbaar\w*|available|availability|reizen|travel\w*|eigen vervoer|own (?:transport|car)|woonachtig|wonen in de regio|in de regio|nationaliteit|nationality|citizen\w*|relocat\w*|on-?site|op locatie|thuiswerk\w*|remote|kantoor|overwerk|overtime|oproepbasis|stage|internship|studentenjob|vakantiewerk|contract|tewerkstelling|betrekking|start(?:datum| date)?|per direct|onmiddellijk)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

export const PLUS =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:pr[eé](?![A-Za-zÀ-ÖØ-öø-ɏ])|pre\b|pluspunt\w*|(?:is |een |grote |als )(?:extra )?plus\b|plus punt|bij voorkeur|nice[- ]to[- ]have|preferred|preferably|is a plus|a plus\b|an? (?:(?:real|great|big|valuable|definite) )?asset(?! (?:manag|class|allocat|servic|track))|bonus|desired|desirable|ideally|idealiter|would be (?:great|nice)|advantage|voordeel|strekt tot aanbeveling|not required|niet verplicht|niet noodzakelijk|geen must|optioneel|optional|mooi meegenomen|meegenomen|versterkt (?:je|jouw|uw) kandidatuur|strengthens? your (?:application|candidacy)|geweldig!|(?<!(?:sociaal|technisch|praktisch|handig|heel|erg|zeer|bent|ben|is|zijn) )handig(?! (?:met|mee|in|en))|(?:is|zijn|lijkt|wel) handig|troef|(?:is|vormt|zijn) (?:een |echte |grote )?meerwaarde|(?:geniet|heeft|verdient) de voorkeur|wenselijk|eventueel|zou mooi zijn|nice|liefst|met (?:als )?voorkeur)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const PLUS_STRONG =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:pr[eé](?![A-Za-zÀ-ÖØ-öø-ɏ])|pre\b|pluspunt\w*|plus|an? (?:(?:real|great|big|valuable|definite) )?asset(?! (?:manag|class|allocat|servic|track))|nice[- ]to[- ]have|preferred|preferably|bonus|desired|desirable|ideally|advantage|voordeel|strekt tot aanbeveling|mooi meegenomen|bij voorkeur|troef|versterkt (?:je|jouw|uw) kandidatuur|strengthens? your (?:application|candidacy)|geweldig!|(?:is|vormt|zijn) (?:een |echte |grote )?meerwaarde|(?:geniet|heeft|verdient) de voorkeur|wenselijk)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
// Not when negated: "een pré, niet vereist" is a plus.
export const MUST =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?<!(?:niet|not|geen|never) )(?:vereist|verplicht|noodzakelijk|must|required|een must|is een vereiste|essential)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

export const ALTERNATIVE =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:of gelijkwaardig\w*|of vergelijkbaar\w*|gelijkwaardig(?:e)? (?:door |aan )?(?:werk)?ervaring|or equivalent\w*|or similar|or related|or (?:a )?closely related|equivalent (?:practical |work |combination|experience)\w*|or other (?:related|relevant)|vergelijkbare richting|of een andere relevante|of een vergelijkbare|andere relevante opleiding|gelijkwaardig door ervaring|or equivalent experience|or comparable|of ervaring|or experience|of aantoonbare ervaring|door ervaring)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

/** Sentences that describe the job's tasks or the employer, not what is asked of the candidate. */
export const TASK_OPENERS =
  /^(?:(?:je|jij)\s+(?:bent|hebt)\s+(?:\(mede\))?(?:mede)?(?:verantwoordelijk|eindverantwoordelijk|(?:continu |dagelijks |volop )?bezig|gericht op|actief op|de spil|het aanspreekpunt|een sleutelrol|een (?:uitvoerende |belangrijke )?rol|(?:\S+\s+){1,3}?een (?:uitvoerende |belangrijke |centrale |adviserende )?rol)|(?:je|jij)\s+(?:denkt mee|schakelt met|kunt profiteren|werkt midden)|(?:als|in deze functie|hier|tijdens)\b.*\bben (?:je|jij) (?:verantwoordelijk|de spil|een belangrijke|onmisbaar|betrokken))|^(?:je|jij|you)\s+(?:bent verantwoordelijk|zorgt|gaat|werkt (?:mee|samen|aan|in|op|bij|binnen|nauw)|ondersteunt|beheert|bewaakt|installeert|ontwikkelt|initieert|draagt|onderzoekt|levert|zoekt samen|adviseert|coördineert|coordineert|plant|stelt|maakt|voert|begeleidt|bouwt|schrijft|houdt|onderhoudt|verzorgt|analyseert|rapporteert|organiseert|neemt deel|bent het aanspreekpunt|krijgt(?!\s+energie)|wordt|komt|start|zal|will|design|build|develop|lead|manage|work (?:with|on|closely)|collaborate|partner|drive|own|support|create|deliver|report|be responsible)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
export const OFFER =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:wij bieden|we bieden|we offer|je krijgt|you(?:'ll| will) (?:get|receive)|salaris\w*|salary|vakantiedagen|pensioen\w*|pension|ingewerkt|inwerkprogramma|secundaire|lease\w*|personeelsvereniging|bedrijfsuitjes|borrels?|vaste baan|vast contract|permanent contract|bonus scheme|laptop|telefoon|opleidingsbudget|doorgroeimogelijkheden|arbeidsvoorwaarden|benefits|reiskostenvergoeding|maaltijdcheques|ecocheques|hospitalisatieverzekering|bedrijfswagen|tankkaart|thuiswerkvergoeding|cao|cafetaria|voordelenplatform|flexibele werktijden|informele werksfeer|werksfeer|toeslagen|compensatieregeling\w*|van de zaak|kan (?:je|jij) doorgroeien|kun (?:je|jij) doorgroeien|(?:je|jij) kunt doorgroeien|room to grow)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

/** "Je <verb>t ..." that describes what the job does rather than who the candidate is. */
const CANDIDATE_VERBS =
  'bent|ben|hebt|heb|beschikt|spreekt|schrijft|kunt|kan|wil|wilt|houdt|vindt|weet|durft|denkt|werkt|neemt|staat|combineert|brengt|beheerst|hecht|voelt|herkent|bezit|toont|haalt|krijgt energie|gaat graag|ziet|blijft|pakt|communiceert|gelooft|zet je graag|bent in het bezit|volgt|studeert|woont|beschik|begrijpt|leert|zoekt|deelt|snapt|straalt|zet jezelf|twijfelt|kijkt|geniet|past|hebt affiniteit|schakelt|rijdt graag|heeft';
/** The reader as the subject of a verb of being, having, liking or knowing: "Je vindt het belangrijk dat ...". */
export const READER_VERB =
  /^(?:je|jij)\s+(?:bent|ben|hebt|heb|beschikt|vindt|houdt|weet|kunt|kan|wil|wilt|durft|beheerst|bezit|voelt|herkent|hecht|gelooft|geniet|snapt|begrijpt|geraakt|woont|reist)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
export const DUTCH_TASK = new RegExp(`^(?:je|jij)\\s+(?!(?:${CANDIDATE_VERBS})\\b)[a-zß-öø-ÿ]+t\\b`, 'i');
export const ENGLISH_TASK =
  /^(?:design|implement|build|develop|operate|maintain|assist|collaborate|extract|lead|manage|create|analy[sz]e|support|partner|drive|deliver|perform|conduct|identify|provide|ensure|prepare|research|apply|use|define|monitor|translate|evaluate|establish|participate|coordinate|present|help|serve|mentor|report|oversee|plan|review|test|document|improve|optimi[sz]e|automate|deploy|integrate|explore|generate|pull|combine|investigate|engage|influence|advise|consult|contribute|guide|incorporate|assess|measure|own|work (?:with|closely|on|across|alongside)|partner|lead|build|write (?:code|reports)|interpret|communicate (?:results|findings)|mine|model|train|visuali[sz]e|recommend|track|run|handle|respond|resolve|troubleshoot)(?:s|es)?\b/i;
/** Sentences about the employer or the team rather than the candidate. */
export const EMPLOYER =
  /^(?:ze|zij|they|it|he|she|wij|we|ons|onze|our|we're|we are|the company|de organisatie|het bedrijf|het team|dit|deze|this|there|er|daarnaast zijn er|in (?:je|jouw) eerste|solliciteer|apply|to apply|click|klik|please|for more|voor meer|join|bij ons|at )(?![A-Za-zÀ-ÖØ-öø-ɏ])(?!.*\b(?:vragen|verwachten|zoeken|looking for|seek|require|expect|value|waarderen)\b)/i;

/** Language codes as postings abbreviate them: "NL vloeiend, EN goed", "FR/DE is plus". Case-sensitive. */
export const LANGUAGE_CODE = /\b(?:NL|EN|FR|DE)\b(?=\s*[/:,]|\s+(?:vloeiend|goed|is|basis|niveau))/;

/** Hard skills: knowledge, named tools and methods (what a trait is not). */
export const SKILL_HARD =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:kennis|knowledge|kunde|vaardigheden|proficien\w*|familiar\w*|bedreven|programmeren|programming|expertise|understanding of|inzicht in|beheersing|know-how|bekend met|python|sql|java|javascript|excel|sap|office|linux|git|docker|aws|azure|scrum|agile|statisti\w*|machine learning|modell?ing|analytics|tableau|power ?bi|autocad|c\+\+|c#|\.net|php|html|css|react|cloud|hadoop|spark|tensorflow|r\b)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
/** Tool and method names written as acronyms (SAP, SQL, AWS, ITIL); case-sensitive. */
export const ACRONYM = /\b(?!(?:NL|EN|FR|DE|HBO|MBO|WO|VOG|BIG|CV|OK|IT|ICT|HR|CEO|BV|NV|AG)\b)[A-Z]{2,}[a-z]?\b/;
/** Soft "skills" that annotators and the person profile treat as traits. */
export const SOFT_SKILL =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:communicat\w*|collaborat\w*|interpersonal|leadership|leiderschap|teamwork|samenwerk\w*|presentation|presentatie\w*|organi[sz]ational|organisatorisch\w*|problem[- ]solving|probleemoplossend\w*|relationship|sociale|social skills|people skills|critical thinking|kritisch denk\w*)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;
/** Practical conditions: where, when and how the work happens. */
export const OTHER_STRONG =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9_])(?:woon\w*|woonachtig|wonend|uren|\d*-?urige|werkweek|bereikbaarheid\w*|flexibel inzetbaar|opstart\w*|in de regio|omgeving van|reizen|travel\w*|verhuiz\w*|relocat\w*|kantoortijd\w*|buiten kantoortijd|avond\w*|weekend\w*|ploeg\w*|shifts?|eigen (?:auto|vervoer|wagen)|own (?:car|transport)|bereikbaar|geraken|opdrachtgevers die door|op locatie|on-?site|\d+[- ]?uren ?week|werkuren|werktijden|uurrooster|fulltime|full-time|parttime|part-time|voltijd\w*|deeltijd\w*|uur per week|hours per week|beschikbaar\w*|availability|nationaliteit|citizenship|stage|internship)(?![A-Za-zÀ-ÖØ-öø-ɏ0-9_])/i;

/** The pay ("2.580 - 4.000 per maand", "€ 3.100 bruto") and how to apply ("Je kunt reageren tot 3 mei", "Acquisitie wordt niet op prijs gesteld"): never asked (#16). */
export const SALARY =
  /(?:€|\beur\b|\beuro\b)\s*\d|\d[\d.,]*\s*(?:[-–]|tot|to)\s*(?:€\s*)?\d[\d.,]*\s*(?:euro\s*)?(?:bruto\s*)?(?:per|p\/|\/)\s*(?:maand|month|jaar|year|uur|hour)\b|\bbruto per (?:maand|jaar|uur)\b/i;
export const APPLYING =
  /\b(?:je|jij|u|you)\s+(?:kunt|kan|can)\s+(?:\S+\s+){0,3}?(?:reageren|solliciteren|apply|applying|contact opnemen|terecht)\b|\bacquisitie (?:naar aanleiding|n\.a\.v\.|op deze|wordt niet|is niet|niet)|\bacquisitie\b[^.]{0,60}\bniet\b|\bmeer informatie over\b|\bmore information (?:about|on)\b|\b(?:application|motivation|cover|sollicitatie|motivatie)\s?(?:letter|brief)\b|\bsollicitatie\s+(?:in te sturen|te sturen|in te dienen)\b|\b(?:graag|gerust) (?:ook )?solliciteren\b|\b(?:klik|click) here\b|\bklik hier\b|\bopenstaande (?:posities|vacatures|functies)\b|\bplease (?:contact|explain|send|submit|include|apply)\b/i;

/**
 * Words every match of a pattern contains, same flags: a text without one cannot match. A list of
 * plain words is found faster than the pattern, tried at every position, and nearly every
 * unit asked about has none (of the corpus units, 1 to 8 % pass each gate; 27 % the strong education
 * gate, whose two-letter words are common inside others).
 */
export const GATES = new Map<RegExp, RegExp>([
  [
    LICENCE,
    /rijbewijs|licen|big|vog|verklaring omtrent|code|adr|skj|clearance|background |veiligheidsonderzoek|vgb|authori|werkvergunning|chauffeurskaart|vaarbewijs|itaa-titel|registratie als/i,
  ],
  [YEARS, /jaar|jaren|year|yr/i],
  [EDUCATION_STRONG, /mbo|hbo|wo|bachelor|master|sc|ph|diploma|opleiding|graduaat|denkniveau|werkniveau|specialisatie|degree|universitaire|background in/i],
  [
    PLUS_STRONG,
    /pr[eé]|plus|asset|nice[- ]to[- ]have|bonus|desir|ideally|advantage|voordeel|strekt tot aanbeveling|mooi meegenomen|bij voorkeur|troef|meerwaarde|de voorkeur|wenselijk|kandidatuur|strengthen|geweldig/i,
  ],
  [
    LANGUAGE,
    /nederlands|engels|frans|duits|spaans|english|dutch|french|german|spanish|talen|taalvaardig|language|moedertaal|native speaker|tweetalig|bilingual|meertalig|multilingual|anderstalig/i,
  ],
  [
    PLUS,
    /pr[eé]|plus|asset|bij voorkeur|nice|bonus|desir|ideal|would be|advantage|voordeel|strekt tot aanbeveling|not required|niet verplicht|niet noodzakelijk|geen must|optio|meegenomen|handig|troef|meerwaarde|voorkeur|wenselijk|eventueel|zou mooi zijn|liefst|kandidatuur|strengthen|geweldig/i,
  ],
  [ALTERNATIVE, /gelijkwaardig|vergelijkba|equivalent|or similar|or related|closely related|or other|andere relevante|or comparable|ervaring|or experience/i],
  [EXPERIENCE, /ervar|experience|vlieguren|track record|worked|year|jaar|jaren|achtergrond in|hands-on|eerdere|bewezen|proven|seasoned|senior/i],
  [
    OFFER,
    /bieden|we offer|je krijgt|you'll|you will|salar|vakantiedagen|pensio|ingewerkt|inwerk|secundaire|lease|personeelsvereniging|bedrijfsuitjes|borrel|vaste baan|vast contract|permanent contract|bonus scheme|laptop|telefoon|opleidingsbudget|doorgroei|arbeidsvoorwaarden|benefits|vergoeding|cheques|hospitalisatie|bedrijfswagen|tankkaart|cao|cafetaria|voordelenplatform|flexibele werktijden|werksfeer|toeslagen|compensatie|van de zaak|doorgroeien|room to grow/i,
  ],
  [SALARY, /€|eur|\d|bruto/i],
  [APPLYING, /reageren|solliciteren|apply|contact opnemen|terecht|acquisitie|informati|letter|brief|sollicitatie|click|klik|openstaande|please/i],
  [MUST, /vereist|verplicht|noodzakelijk|must|required|essential/i],
  [CERTIFICATE, /vca|bhv|ehbo|certif|prince|ccn|mcs|itil|pmp|psm|csm|heftruck|attest|getuigschrift|3140|iso|technische opleidingen/i],
]);

/**
 * Who a sentence is about (#16). The reader: "je", "jij", "u", "you", or the candidate named.
 * `(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])`: "38u/week" is hours, not "u".
 */
export const READER =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d'’])(?:je|jij|jou|jouw|jezelf|u|uw|you|your|yourself|kandida(?:a)?t\w*|candidates?|applicants?|sollicitant\w*|iemand die|someone who|the (?:right|ideal) person)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** The employer speaking: "we", "wij" (not "ons", "onze": "je werkt in ons team" is about the reader). */
export const WE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ'’])(?:we|wij)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/**
 * What the employer asks, seeks or values, said with "we": "we vragen", "zoeken wij", "we expect",
 * "we'd love to hear from you" (not "the need for statistics grows").
 */
const REQUEST_VERB = String.raw`(?:vragen|vraagt|verwachten|verwacht|zoeken|zoekt|wensen|waarderen|zijn op zoek|are looking|looking for|seek\w*|searching|require\w*|expect\w*|need|want|prefer\w*|value|hiring|would love|'d love|love to)`;
export const REQUEST = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:(?:we|wij)(?:'re|'d)?\s+(?:\S+\s+){0,2}?${REQUEST_VERB}|${REQUEST_VERB}\s+(?:\S+\s+)?(?:we|wij)|op zoek naar|looking for|hear from you)(?![A-Za-zÀ-ÖØ-öø-ɏ])`,
  'i',
);
GATES.set(REQUEST, /vra|verwacht|zoek|wensen|waarderen|looking|seek|searching|require|expect|need|want|prefer|value|hiring|love|hear from you/i);
/**
 * A sentence whose subject is the employer, the job or a third party, stated before its verb:
 * "De tools zijn ...", "The school provides ...", "Adapta is ...". Not "een"/"a": an indefinite
 * subject is most often what is asked ("Een goede beheersing van het Engels is ..."). Case-insensitive part first,
 * then one to four capitalised words (a name) right before the verb.
 */
const OTHER_VERB = String.raw`(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|biedt|bieden|staat|staan|ligt|liggen|zit|zitten|gaat|gaan|zal|zullen|was|waren|are|were|has|have|had|will|offers|provides|boasts|grows|groeit|organises|organizes|helps|helpt|organiseert|organiseren|brengt|brengen|levert|leveren|ontwikkelt|ontwikkelen|produceert|produceren|produces|builds|develops|delivers)`;
export const THIRD_PARTY = new RegExp(
  String.raw`^(?:(?:de|het|deze|dit|the|this|these|those|our|onze|ons|their|its)\s+(?:[^\s,;:]+\s+){0,5}?|(?:zij|ze|they|it|he|she|hij|er|there|dat|that)\s+)${OTHER_VERB}(?![A-Za-zÀ-ÖØ-öø-ɏ])|^(?:hij|zij|he|she)\s*\/\s*(?:hij|zij|hen|he|she|they)`,
  'i',
);
// Not an opening adverb or preposition ("Zodoende is deze functie ...", "In staat te ..."), and no
// subject after the verb (Dutch inversion: "Daarom is het ...").
const OPENER = String.raw`(?:In|Op|Met|Voor|Bij|Als|Zo|Dan|Daarnaast|Daarom|Hier|Hierbij|Er|Ook|Wel|Nu|Zodoende|Verder|Tevens|Bovendien|Uiteraard|Natuurlijk|Vanzelfsprekend|Kortom|At|On|For|With|As|So|Then|Here|There|Also|Of|Naast|Na|Door|Tijdens|During|After|Before)`;
const INVERTED = String.raw`(?!\s+(?:deze|dit|de|het|er|je|jij|u|we|wij|ze|zij|hij|een|jouw|onze|ons|dat|die)(?![A-Za-zÀ-ÖØ-öø-ɏ]))`;
export const NAMED_SUBJECT = new RegExp(
  String.raw`^(?!${OPENER}\s)(?:\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏ.&-]*\s+(?:(?:of|van|voor|der|for)\s+)?){1,4}${OTHER_VERB}(?![A-Za-zÀ-ÖØ-öø-ɏ])${INVERTED}`,
  'u',
);

const YEARS_ANYWHERE = new RegExp(YEARS.source, 'gi');
/**
 * Experience asked of the candidate: an experience word beside the years, or years said to the
 * reader or opening a list item ("2+ years applying ..."). A number of years alone is the
 * company's history or the team's tenure, and never the years warning (#16).
 */
export function asksExperience(text: string): boolean {
  if (!has(EXPERIENCE, text)) return false;
  if (!has(YEARS, text)) return true;
  return EXPERIENCE.test(text.replace(YEARS_ANYWHERE, ' ')) || READER.test(text) || /^\W*(?:\d|min|at least|ten minste|ruim)/i.test(text);
}

/** A list item's own mark at the start of a line ("- ", "• ", "✓ "), numbers aside. */
// (A typographic mark is a list mark even glued to its text, "·Working knowledge of SAP", as a page
// copied from a PDF writes it; a hyphen or a plus only with a space after it.)
export const LIST_MARK = /^\s*(?:[-–—*+]\s+|[•·▪●◦○■□➢➤►✓✔]\s*)/;

/**
 * A condition of the work the candidate has to be able to bear (ANNOTATION.md: "other"): heights,
 * shifts, cold stores, expeditions ("Je werkt op hoogtes", "The role involves working within cold and
 * freezer storage environments"); not one the job is said to be free of ("geen nachtdiensten").
 */
const WORK_CONDITION =
  /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:op (?:grote )?hoogtes?|hoogtevrees|ladders?|hoogwerkers?|in (?:twee |drie |2 |3 )?ploegen|ploegendienst(?:en)?|nachtdienst(?:en)?|weekenddienst(?:en)?|bereikbaarheidsdienst(?:en)?|in de (?:kou|vrieskou)|vriescel(?:len)?|koelcel(?:len)?|cold (?:and freezer )?storage|freezer|shift pattern|shifts? (?:are )?scheduled|night shifts?|weekend shifts?|expeditions?|expeditie(?:s)?|(?:fysiek|lichamelijk) zwa(?:ar|re)|bereikbaarheids-? en \S+dienst(?:en)?|zwaar tilwerk|heavy lifting|lift (?:up to )?\d+)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
GATES.set(
  WORK_CONDITION,
  /hoogte|ladder|hoogwerker|ploeg|nachtdienst|weekenddienst|bereikbaarheid|kou|vriescel|koelcel|storage|freezer|shift|expedit|zwaar|zware|lifting|lift /i,
);
export function workCondition(text: string): boolean {
  const m = gatedExec(WORK_CONDITION, text);
  return !!m && !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:geen|no|zonder|without)(?:\s+\S+){0,3}\s*$/i.test(text.slice(0, m.index));
}
