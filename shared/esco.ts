/**
 * ESCO's namespaces (v1.1.1): a skill's or an occupation's URI is one of these followed by its UUID.
 * Defined here once (#18) for the Worker, the extension, the scripts and the data build.
 */
export const SKILL_URI = 'http://data.europa.eu/esco/skill/';
export const OCCUPATION_URI = 'http://data.europa.eu/esco/occupation/';

/** A whole skill URI: the namespace and a UUID. */
export const SKILL_URI_PATTERN = new RegExp(`^${SKILL_URI.replace(/[./]/g, '\\$&')}[0-9a-f-]{36}$`);

/** The attribution ESCO's licence asks for, wherever its skills or occupations are shown. */
export const ESCO_ATTRIBUTION = 'This service uses the ESCO classification of the European Commission.';
