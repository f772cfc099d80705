/**
 * Guard (#6): the output is in the vacancy's language. A rewritten text or person profile in the
 * other language is replaced by the offline engine's, with a warning.
 */
import { detectLanguage } from '../../../shared/language';
import type { Language, Translation, Warning } from '../../../shared/schemas';

const TEXT = {
  nl: (part: string) => `Het model schreef ${part} in de verkeerde taal; Vaardig gebruikt hier de versie van de regels.`,
  en: (part: string) => `The model wrote ${part} in the wrong language; Vaardig uses the rules' version here.`,
};
const PART = { nl: { text: 'de vacaturetekst', profile: 'het persoonsprofiel' }, en: { text: 'the vacancy text', profile: 'the person profile' } };

const wrong = (text: string, expected: Language) => {
  const detected = detectLanguage(text);
  return detected !== null && detected !== expected;
};

export function guardLanguage(translation: Translation, offline: Translation): Translation {
  const language = offline.language;
  const warnings: Warning[] = [...translation.warnings];
  let { rewritten, personProfile } = translation;
  if (wrong(rewritten.markdown, language)) {
    rewritten = offline.rewritten;
    warnings.push({ code: 'claude.language', message: TEXT[language](PART[language].text), span: null });
  }
  const profileText = [personProfile.summary, ...personProfile.motivation, ...personProfile.values, ...personProfile.workingStyle, ...personProfile.teamContribution, ...personProfile.learningNeeds].join('. ');
  if (wrong(profileText, language)) {
    personProfile = offline.personProfile;
    warnings.push({ code: 'claude.language', message: TEXT[language](PART[language].profile), span: null });
  }
  return { ...translation, language, rewritten, personProfile, warnings };
}
