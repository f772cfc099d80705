/**
 * The pinned public files the index is built from. Paths are relative to the data directory
 * (VAARDIG_DATA_DIR, else ../shared/data); each downloadable file has the URL of the exact commit
 * recorded in the data's PROVENANCE.md and the sha256 of that file.
 */
export interface Source {
  id: string;
  path: string;
  /** Pinned public URL; null when no public copy exists (then `howToGet` says what to fetch). */
  url: string | null;
  sha256: string | null;
  required: boolean;
  howToGet: string;
}

const TABIYA = 'https://raw.githubusercontent.com/tabiya-tech/tabiya-esco-datasets-and-tools/1a8a32efb786c7f72052c893b144beb911fa7db1/datasets/esco/v1.1.1';
const RDF4J = 'https://raw.githubusercontent.com/markwigmans/rdf4j-esco/81e1ce1c8c14175b19305a7f788b96fe07838ce6/src/main/resources/csv';
const ESCO_DOWNLOAD_PAGE = 'https://esco.ec.europa.eu/en/use-esco/download';
const ESCO_PORTAL = `the ESCO portal (${ESCO_DOWNLOAD_PAGE}): version v1.1.1, CSV`;

const nl = (name: string, sha256: string, required = true): Source => ({
  id: `esco-nl-${name}`,
  path: `esco/raw/v1.1.1-nl/${name}`,
  url: `${RDF4J}/${name}`,
  sha256,
  required,
  howToGet: `${ESCO_PORTAL}, language Dutch: ${name}`,
});

export const SOURCES: Source[] = [
  {
    id: 'esco-en',
    path: 'esco/raw/v1.1.1-en/esco-v1.1.1-classification-en-csv.zip',
    url: `${TABIYA}/classification/ESCO%20dataset%20-%20v1.1.1%20-%20classification%20-%20en%20-%20csv.zip`,
    sha256: 'd86de115d120e9266fa7d86f104466fd72a63f8233110028b10e430372bc58a7',
    required: true,
    howToGet: `${ESCO_PORTAL}, language English (classification pack, zip)`,
  },
  {
    id: 'esco-relations',
    path: 'esco/raw/v1.1.1-relations/esco-v1.1.1-relations-csv.zip',
    url: `${TABIYA}/relations/ESCO%20dataset%20-%20v1.1.1%20-%20classification%20-%20%20-%20csv.zip`,
    sha256: '1612e3e01fbcbb4f37f69e0fe58d441db233142f1e9488280f041b2726977996',
    required: true,
    howToGet: `${ESCO_PORTAL}, language-independent relations pack (zip)`,
  },
  nl('occupations_nl.csv', '1eb83041ac6025af2fe7d4d244bb4dd6dfcd336e1aa457d9e657a254c86cab7a'),
  nl('skillGroups_nl.csv', '541a792fa64350f6a9aa7bcd1b3f02b4e2fc11fe42f3621bec48f0e70040c125'),
  nl('digitalSkillsCollection_nl.csv', '61e4e214bb13eb8d2f4c91be695771c90433e6785fea41a421a81aad79af1ffe', false),
  nl('greenSkillsCollection_nl.csv', '991a57ae849ba93a43256fabf6132e45628e544149fbf27bb0db54715069198f', false),
  nl('languageSkillsCollection_nl.csv', '389a2364255071ef0651779a8469235d4342066fd5c662da8962229143897122', false),
  nl('transversalSkillsCollection_nl.csv', '9c2cd6bdbf674653d3b47ca331a08a404596d98df8e9c3d9c31d80fd50a74288', false),
  nl('researchSkillsCollection_nl.csv', '6daeb6f96db61d1a32ed567367bb6eeca1cb6b8abb61e9ff1ef71c258b327b66', false),
  nl('digCompSkillsCollection_nl.csv', '700d08044f0a1f9d22e4381b7654801722776f4c9cf0909ba6e485b068b46c11', false),
  {
    id: 'duo-ho',
    path: 'duo/ho_opleidingsoverzicht.csv',
    url: 'https://raw.githubusercontent.com/NavidMohamadi/Launchino/75d5af248489eb5040d56cd02aecb78ef0cbb94d/data/reference/duo_ho_opleidingsoverzicht.csv',
    sha256: '098e074fb3c528aee3592ca18e38129bb65ee2abe062e6ef9c18dd192f4e8b87',
    required: true,
    howToGet: 'DUO open onderwijsdata, "HO Opleidingsoverzicht" (CC0): https://onderwijsdata.duo.nl/dataset/7c0686f4-b5c2-418e-8e44-7be0057d8084',
  },
  {
    id: 'esco-nl-skills-partial',
    path: 'esco/raw/v1.1.1-nl-skills-partial/esco_skills_nl_partial.csv',
    url: null,
    sha256: null,
    required: false,
    howToGet:
      'Optional. Dutch skill labels merged from several ESCO versions; without it the Dutch labels come from the v1.1.1 collections only. Better: the official Dutch pack (see DUTCH_PACK below).',
  },
  {
    id: 'mbo',
    path: 'mbo/mbo_qualifications.csv',
    url: null,
    sha256: null,
    required: false,
    howToGet:
      'Optional. The MBO qualification list (crebo, name, level): SBB crebo list (https://www.s-bb.nl) or DUO "mbo opleidingsaanbod" (https://onderwijsdata.duo.nl), saved as CSV with columns crebo,name,level.',
  },
];

/**
 * The official Dutch ESCO v1.1.1 classification pack, from the portal's download path (the same
 * path public tools fetch the English pack from). No checksum could be pinned: the portal was
 * unreachable from where this was written, and no public copy of the Dutch pack exists. Until
 * `sha256` is set, the pack is verified by its structure (see dutch-pack.ts); the build logs the
 * sha256 of a pack it accepted so that it can be pinned here.
 */
export const ESCO_PORTAL_DOWNLOAD = 'https://ec.europa.eu/esco/download';
export const DUTCH_PACK = {
  name: 'ESCO dataset - v1.1.1 - classification - nl - csv.zip',
  url: `${ESCO_PORTAL_DOWNLOAD}/ESCO%20dataset%20-%20v1.1.1%20-%20classification%20-%20nl%20-%20csv.zip`,
  sha256: null as string | null,
  /** Where a deployer puts a pack downloaded by hand (first match wins), relative to the data directory. */
  paths: ['esco/raw/v1.1.1-nl/ESCO dataset - v1.1.1 - classification - nl - csv.zip', 'esco/raw/v1.1.1-nl/esco-v1.1.1-classification-nl-csv.zip'],
  /** Where a downloaded pack is kept, relative to the download cache. */
  cachePath: 'esco/raw/v1.1.1-nl/esco-v1.1.1-classification-nl-csv.zip',
};
export const dutchPackHowToGet = (dataDir: string | null) =>
  `download "${DUTCH_PACK.name}" from ${ESCO_DOWNLOAD_PAGE} (version v1.1.1, classification, Dutch, CSV) and put it at ${dataDir ?? '$VAARDIG_DATA_DIR'}/${DUTCH_PACK.paths[0]}`;

/** Where a loose official skills_nl.csv (from the Dutch pack) is picked up, first match wins. */
export const SKILLS_NL_PATHS = ['esco/raw/v1.1.1-nl/skills_nl.csv', 'esco/raw/v1.1.1-nl-skills/skills_nl.csv', 'esco/skills_nl.csv', 'skills_nl.csv'];
