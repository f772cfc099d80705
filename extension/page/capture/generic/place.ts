/**
 * A place named in the posting's own words, for when no field, label or structured data gave one:
 * a "Standplaats: Utrecht" line, "De NTR in Hilversum zoekt ...", "gevestigd in Zwolle",
 * "ons kantoor in Gent", "based in London". Names are capitalised words with the particles Dutch
 * and Flemish place names use ("Alphen aan den Rijn", "Bergen op Zoom", "'s-Hertogenbosch").
 */
const NAME = String.raw`(?:'s[- ])?\p{Lu}[\p{L}'’.-]*\p{L}`;
const PLACE = String.raw`${NAME}(?:(?:[ -](?:aan|op|in|bij|de|den|der|a/d)){1,2}[ -]${NAME}|[ -]${NAME})?`;

const LABEL_LINE =
  /^(?:standplaats|werklocatie|locatie|plaats|vestigingsplaats|plaats (?:van )?tewerkstelling|(?:job |work )?location|lieu de travail|arbeitsort|standort)\s*[:：]\s*([^\n]{2,60})$/imu;

const PHRASES = [
  // "De NTR in Hilversum zoekt", "Voor ons team in Utrecht zoeken wij", "... te Zwolle is op zoek naar"
  new RegExp(String.raw`\b(?:in|te)\s+(${PLACE})\s+(?:zoekt|zoeken|is op zoek|zijn op zoek)\b`, 'u'),
  // "gevestigd in Zwolle", "located in Leuven", "based in London"
  new RegExp(String.raw`\b(?:[Gg]evestigd|[Ll]ocated|[Bb]ased)\s+(?:in|te)\s+(${PLACE})`, 'u'),
  // "ons kantoor in Gent", "onze vestiging te Breda", "our office in Antwerp"
  new RegExp(String.raw`\b(?:[Kk]antoor|[Hh]oofdkantoor|[Vv]estiging|[Oo]ffice|[Hh]eadquarters)\s+(?:in|te)\s+(${PLACE})`, 'u'),
];

/** Words that look like a name after "in" but are not a place. */
const NOT_A_PLACE = /^(?:Nederland|Netherlands|Belgi[eë]|Belgium|Vlaanderen|Flanders|Europa|Europe|Het|De|Een|The|Our|Onze|Ons|Deze|Dit|Dat)$/;

/** The place the text names, or null. Reads the first part only: the lead and the fact list are at the top. */
export function placeFromText(text: string): string | null {
  const head = text.slice(0, 6000);
  const label = LABEL_LINE.exec(head)?.[1]?.trim().replace(/[.;]$/, '');
  if (label && !/[.!?]\s/.test(label)) return label;
  for (const phrase of PHRASES) {
    const place = phrase.exec(head)?.[1];
    if (place && !NOT_A_PLACE.test(place)) return place;
  }
  return null;
}
