/**
 * A skill label inside a sentence, shared by the engine's rewrite and the profile text the server
 * regenerates after edits: "Je kunt …", "Kennis van …", "Je leert …"; and a line in the posting's register.
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
  return label
    .replace(/\bzich\b/g, self)
    .replace(/^(?!gebruikmaken )((?:[A-Za-zÀ-ÖØ-öø-ɏ]+ ){0,2}[A-Za-zÀ-ÖØ-öø-ɏ]+en) van (?:de |het )?(.+)$/, knowledge ? '$&' : '$2 $1');
}

/** A sentence said to "je" said to "u": "Je hebt oog voor je klanten" → "U heeft oog voor uw klanten". */
export function politeForm(line: string): string {
  return line
    .replace(/^(?:Je|Jij) ([A-Za-zÀ-ÖØ-öø-ɏ]+)/, (_, verb: string) => `U ${verb === 'hebt' ? 'heeft' : verb}`)
    .replace(
      /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(ben|heb|kun|wil|vind|houd) (?:je|jij)(?![A-Za-zÀ-ÖØ-öø-ɏ])/g,
      (_, verb: string) => `${verb === 'heb' ? 'heeft' : `${verb}t`} u`,
    )
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])jezelf(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'uzelf')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:je|jij)(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'u')
    .replace(/(?<![A-Za-zÀ-ÖØ-öø-ɏ])jouw(?![A-Za-zÀ-ÖØ-öø-ɏ])/g, 'uw');
}

/** The person profile's summary as the engine writes it: the panel's line, not the vacancy's (a summary a person wrote is). */
export const ENGINE_SUMMARY = /^(?:Voor ons telt wie (?:je|u) bent|What counts for us is who you are)(?![A-Za-zÀ-ÖØ-öø-ɏ])/;
