/**
 * The forms a Dutch search word takes inside ESCO's labels (#19): a verb is searched by what it
 * becomes in a job or a compound ("timmeren" → "timmer" in "timmerman", "lassen" → "lasser",
 * "zagen" → "zager", "metselen" → "metselaar", "archiveren" → "archiv"), a noun in -ing by its stem
 * ("houtbewerking" → "houtbewerk" in "houtbewerker"). Forms shorter than four letters are left out: they would be
 * found inside unrelated words ("zag" in "gezagvoerder"). Only the word and its stem of five letters
 * or more are looked for inside compounds; the forms made from them must be whole words ("tiller"
 * would find "distiller").
 */
const MIN = 4;

export interface Form {
  text: string;
  inside: boolean;
}

export function dutchForms(word: string): Form[] {
  const forms = new Map<string, boolean>([[word, word.length >= MIN]]);
  const add = (form: string, inside = false) => {
    if (form.length >= MIN && !forms.has(form)) forms.set(form, inside && form.length >= 5);
  };
  if (word.length >= 5 && word.endsWith('en')) {
    const stem = word.slice(0, -2);
    add(stem, true);
    // What the one who does it is called: lass-er, zag-er, metsel-aar, timmer-man.
    for (const ending of ['er', 'aar', 'ing']) add(stem + ending);
    // A verb in -eren is a loanword whose root the other language shares: "archiveren" → "archiv" (archive).
    if (stem.endsWith('er')) add(stem.slice(0, -2));
    // "zagen" → "zaag".
    const open = stem.match(/^(.*[^aeiou])([aeiou])([^aeiou])$/);
    // A doubled vowel is Dutch spelling: safe to look for inside compounds ("zaag" in "zaagmachine").
    if (open) forms.set(`${open[1]}${open[2]}${open[2]}${open[3]}`, true);
  }
  if (word.length >= 7 && word.endsWith('ing')) add(word.slice(0, -3), true);
  // "verpleegkundige" ↔ "verpleegkundig", "medicatie" ↔ "medicati…".
  if (word.length >= 7 && word.endsWith('e')) add(word.slice(0, -1), true);
  return [...forms].map(([text, inside]) => ({ text, inside }));
}

/**
 * A compound as its two parts, each of four letters or more, where both are words of the labels
 * searched ("wondzorg" → wond + zorg, "klantcontact" → klant + contact); null when none is.
 * Dutch joins parts with an -s- or -en- ("ouderenzorg"): the parts are tried with and without.
 */
export function compoundParts(word: string, known: (part: string) => boolean): [string, string] | null {
  for (let cut = word.length - MIN; cut >= MIN; cut--) {
    const head = word.slice(cut);
    const modifier = word.slice(0, cut);
    const bare = modifier.endsWith('s') && modifier.length > MIN ? modifier.slice(0, -1) : modifier;
    if (known(head) && (known(modifier) || known(bare))) return [known(modifier) ? modifier : bare, head];
  }
  return null;
}
