import type { Language, Requirement } from '../../../shared/schemas';
import { YEARS } from './cues';
import { t } from './i18n';

export interface ExperienceRewrite { text: string; years: string | null; maximum: boolean }

/**
 * Years of experience stand for a competence; the rewrite names the competence and drops the count
 * (a year count is also an age proxy in Dutch equal-treatment law).
 */
export function rewriteExperience(requirement: Requirement, language: Language): ExperienceRewrite | null {
  // Emphasis is the posting's layout, not its words: "**2–4 years of experience in finance.**".
  const plain = requirement.text.replace(/\*{2,}|__/gu, '');
  const m = YEARS.exec(plain);
  if (!m) return null;
  const maximum = /\b(?:max(?:imaal|imum|\.)?|tot|up to|no more than)\b/iu.test(m[0]);
  const rest = plain
    .replace(YEARS, ' ')
    .replace(/^(?:je hebt|jij hebt|heb je|you have|with|met|minimum|minimaal|at least|ten minste|ruim|over)\s+/i, '')
    .replace(/\b(?:relevante|relevant|aantoonbare|professionele|professional|werk)\s*/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:-]+|[\s,.;:]+$/g, '');
  const about = rest.replace(/^(?:of |van )?(?:werk)?ervaring|^(?:of )?(?:work )?experience/i, '').trim();
  // What is left must read as the field of the experience; a remnant of a sentence the count sat in
  // ("·A minimum of ’ experience in …") is no field: then the requirement stays as the posting wrote it.
  if (about && (!/^[\p{L}\p{N}]/u.test(about) || /(?:^|\s)(?:ervaring|experience)\b|[·•’‘"“”]/iu.test(about) || (about.match(/\(/g)?.length ?? 0) !== (about.match(/\)/g)?.length ?? 0))) return null;
  // "marketingervaring" already says it is experience: "Je hebt aantoonbare marketingervaring".
  const compound = /^\p{L}+ervaring$/iu.test(about);
  const text = compound && language === 'nl'
    ? `Je hebt aantoonbare ${about} — waar en hoe lang je die opdeed, maakt niet uit.`
    : about
    ? t(language, `Je hebt aantoonbaar ervaring ${/^(?:in|met|als|binnen|bij|op)\b/iu.test(about) ? '' : 'met '}${about} — waar en hoe lang je die opdeed, maakt niet uit.`,
        `You can show experience ${/^(?:in|with|as|at|on)\b/iu.test(about) ? '' : 'with '}${about} — however and wherever you gained it.`)
    : t(language, 'Je kunt laten zien dat je dit werk zelfstandig aankunt — waar en hoe lang je die ervaring opdeed, maakt niet uit.',
        'You can show you handle this work independently — however and wherever you gained that experience.');
  return { text, years: m[0].trim(), maximum };
}
