import type { Translation } from '../../shared/translation';
import type { Vacancy } from '../../shared/vacancy';
import type { DecidedVacancy } from '../sidepanel/compose';
import type { CardVerdict } from '../store/db';
import { jobTitle } from '../sidepanel/job-title';
import { escapeHtml } from './markdown';
import { buildCards, effective } from '../sidepanel/review';

export type ExportFormat = 'markdown' | 'html' | 'jsonld' | 'docx';

export interface ExportFile {
  name: string;
  type: string;
  data: Blob;
}

const ESCO_SKILLS = 'http://data.europa.eu/esco/skill';

/**
 * A standalone HTML page around the decided vacancy's HTML (shared/blocks.ts renderHtml: escaped
 * text in formatting tags only), in the vacancy's language. The ESCO attribution is the page's
 * metadata, not part of the vacancy text (#14).
 */
export function htmlDocument(fragment: string, language: string, title: string, attribution = ''): string {
  const credit = attribution ? `<meta name="esco-attribution" content="${escapeHtml(attribution)}">\n` : '';
  return `<!doctype html>\n<html lang="${escapeHtml(language)}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n${credit}</head>\n<body>\n${fragment}\n</body>\n</html>\n`;
}

/** Skills kept after the user's decisions: those of accepted cards plus unlinked ones. */
function acceptedSkills(translation: Translation, decisions: Record<string, CardVerdict>) {
  const rejected = new Set(
    buildCards(translation)
      .filter((card) => effective(card, decisions[card.id]).status !== 'accepted')
      .map((card) => card.id),
  );
  return translation.skills.filter((skill) => skill.requirementIds.length === 0 || skill.requirementIds.some((id) => !rejected.has(id)));
}

/** schema.org JobPosting with ESCO skills as DefinedTerms, starting from the engine's JSON-LD. */
export function jobPostingJsonLd(translation: Translation, vacancy: Vacancy, decisions: Record<string, CardVerdict>, html: string) {
  const legal = translation.requirements.filter((requirement) => requirement.legal);
  // The ESCO term set, credited as its licence asks; named once, referred to by every skill.
  const esco = { '@type': 'DefinedTermSet', '@id': ESCO_SKILLS, name: 'ESCO', creditText: translation.attribution };
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    ...(translation.rewritten.jsonLd ?? {}),
    title: jobTitle(vacancy, translation) ?? undefined,
    description: html,
    inLanguage: translation.language,
    ...(vacancy.employer ? { hiringOrganization: { '@type': 'Organization', name: vacancy.employer } } : {}),
    experienceInPlaceOfEducation: translation.experienceInPlaceOfEducation,
    skills: acceptedSkills(translation, decisions).map((skill, index) => ({
      '@type': 'DefinedTerm',
      name: skill.label,
      ...(skill.uri ? { termCode: skill.uri, url: skill.uri, inDefinedTermSet: index === 0 ? esco : { '@id': ESCO_SKILLS } } : {}),
    })),
    ...(legal.length
      ? {
          qualifications: legal.map((requirement) => ({
            '@type': 'EducationalOccupationalCredential',
            name: requirement.text,
            ...(requirement.legalBasis
              ? {
                  recognizedBy: {
                    '@type': 'Legislation',
                    name: requirement.legalBasis.citation,
                    ...(requirement.legalBasis.url ? { url: requirement.legalBasis.url } : {}),
                  },
                }
              : {}),
          })),
        }
      : {}),
  };
}

/** A file name from the vacancy's title: lower case, dashes, no path characters. */
export function fileName(title: string | null, extension: string): string {
  const base = (title ?? 'vacature')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'vacature'}.${extension}`;
}

/** Every export is the one decided vacancy (compose.ts decidedVacancy), in another format. */
export async function exportFile(
  format: ExportFormat,
  input: { translation: Translation; vacancy: Vacancy; decisions: Record<string, CardVerdict>; decided: DecidedVacancy },
): Promise<ExportFile> {
  const { translation, vacancy, decided } = input;
  const title = jobTitle(vacancy, translation);
  if (format === 'markdown') return { name: fileName(title, 'md'), type: 'text/markdown', data: new Blob([decided.markdown], { type: 'text/markdown' }) };
  if (format === 'html') {
    const html = htmlDocument(decided.html, translation.language, title ?? 'Vacancy', translation.attribution);
    return { name: fileName(title, 'html'), type: 'text/html', data: new Blob([html], { type: 'text/html' }) };
  }
  if (format === 'jsonld') {
    const json = JSON.stringify(jobPostingJsonLd(translation, vacancy, input.decisions, decided.html), null, 2);
    return { name: fileName(title, 'jsonld'), type: 'application/ld+json', data: new Blob([json], { type: 'application/ld+json' }) };
  }
  // docx is large: load it only when the user asks for a Word file.
  const { markdownToDocx } = await import('./docx-export');
  const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return {
    name: fileName(title, 'docx'),
    type,
    data: await markdownToDocx(decided.markdown, translation.language, title ?? 'Vacancy', translation.attribution),
  };
}
