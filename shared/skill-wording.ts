/**
 * A skill label inside a sentence, shared by the engine's rewrite and the profile text the server
 * regenerates after edits: "Je kunt …", "Kennis van …", "Je leert …".
 */

/** ESCO labels are lower case except names and abbreviations ("ICT-systeemintegratie", "SQL"). */
export function labelInSentence(raw: string): string {
  return /^\p{Lu}[\p{Ll}\s]/u.test(raw) && !/\p{Lu}/u.test(raw.slice(1)) ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw;
}

/**
 * ESCO's Dutch labels are infinitives: "zich aan verandering aanpassen" → "je aan verandering
 * aanpassen"; a nominal one reads with the verb at the end, "controleren van operationele
 * activiteiten" → "operationele activiteiten controleren", "in kaart brengen van mogelijkheden" →
 * "mogelijkheden in kaart brengen" (not for knowledge, nor a verb that keeps its "van": "gebruikmaken van X").
 */
export function dutchAbility(label: string, self: string, knowledge: boolean): string {
  return label.replace(/\bzich\b/gu, self).replace(/^(?!gebruikmaken )((?:\p{L}+ ){0,2}\p{L}+en) van (?:de |het )?(.+)$/u, knowledge ? '$&' : '$2 $1');
}
