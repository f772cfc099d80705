/** Headings that open the requirements part of a posting (nl, en, de, fr). */
const REQUIREMENTS =
  /^(wat (vragen|verwachten) (wij|we)( van jou)?|functie-?eisen|(jouw|je|het) profiel|profiel|wat (breng|neem) je mee|wat heb je nodig|wie ben (jij|je)|wie zoeken (wij|we)|wij vragen|we vragen|jij (hebt|bent)|vereisten|kwalificaties|requirements|minimum qualifications|(basic|preferred|required|key) qualifications|qualifications|what you( will)? bring|what we('re| are) looking for|who you are|about you|your profile|skills( and|&) experience|must[- ]haves?|educational requirements|experience requirements|ihr profil|dein profil|anforderungen|votre profil|profil recherché)\b/i;

/** Headings that open another part: the requirements part ends there. */
const OTHER =
  /^(wat (bieden|bied) (wij|we)|wij bieden|we bieden|arbeidsvoorwaarden|ons aanbod|wat krijg je|over (ons|de organisatie|het bedrijf)|solliciteren|sollicitatie|interesse|contact|meer informatie|taken|jouw taken|wat ga je doen|functieomschrijving|de functie|what we offer|benefits|we offer|about (us|the company|the team)|responsibilities|what you('ll| will) do|the role|how to apply|apply|compensation|salary|incentives|wir bieten|ihre aufgaben|deine aufgaben|nous offrons|vos missions)\b/i;

function headingOf(line: string): string | null {
  const text = line
    .replace(/^#+\s*/, '')
    .replace(/^[-•*]\s*/, '')
    .trim();
  if (!text || text.length > 70 || /[.;]$/.test(text)) return null;
  return text.replace(/[:?!]+$/, '').trim();
}

/** The requirements section of a posting's text, or null when it has no recognisable one. */
export function requirementsSection(text: string): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => {
    const heading = headingOf(line);
    return !!heading && REQUIREMENTS.test(heading) && !line.trim().startsWith('- ');
  });
  if (start < 0) return null;
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const heading = headingOf(line);
    if (heading && OTHER.test(heading) && !line.trim().startsWith('- ')) break;
    out.push(line);
  }
  const section = out.join('\n').trim();
  return section.length >= 10 ? section : null;
}

/** A line that opens the requirements part of a posting ("Wat vragen wij?", "Your profile"). */
export function isRequirementsHeading(line: string): boolean {
  const heading = headingOf(line);
  return !!heading && REQUIREMENTS.test(heading);
}

/** A line that heads a part of a posting (tasks, requirements, offer, contact): never a job title. */
export function isSectionHeading(line: string): boolean {
  const heading = headingOf(line);
  return !!heading && (REQUIREMENTS.test(heading) || OTHER.test(heading));
}

/**
 * The text is a posting's description, title or not: it has a requirements part and at least one
 * other part of a posting (tasks, offer, application). HR editors and ATS pages often show only this
 * (#17: 3 of 14 Dutch description fragments were refused as "not a vacancy").
 */
export function isPostingDescription(text: string): boolean {
  if (!requirementsSection(text)) return false;
  return text.split('\n').some((line) => {
    const heading = headingOf(line);
    return !!heading && !line.trim().startsWith('- ') && OTHER.test(heading);
  });
}
