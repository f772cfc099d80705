/**
 * Guard (#6, #14): the output is in the vacancy's language. A person profile in the other language
 * is replaced by the offline engine's; when the blocks the model wrote are in the other language,
 * each goes back to the rules' draft. With a warning either way.
 */
import { detectLanguage } from '../../../shared/language';
import type { Language } from '../../../shared/locale';
import type { Translation, Warning } from '../../../shared/translation';
import { revert, type Piece, type TextContext } from './blocks';

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
  let { personProfile } = translation;
  const profileText = [
    personProfile.summary,
    ...personProfile.motivation,
    ...personProfile.values,
    ...personProfile.workingStyle,
    ...personProfile.teamContribution,
    ...personProfile.learningNeeds,
  ].join('. ');
  if (wrong(profileText, language)) {
    personProfile = offline.personProfile;
    warnings.push({ code: 'claude.language', message: TEXT[language](PART[language].profile), span: null });
  }
  return { ...translation, language, personProfile, warnings };
}

export function guardTextLanguage(pieces: Piece[], ctx: TextContext): { pieces: Piece[]; warnings: Warning[] } {
  const written = pieces
    .filter((piece) => piece.from === 'model')
    .map((piece) => piece.block.markdown)
    .join('\n');
  if (!wrong(written, ctx.language)) return { pieces, warnings: [] };
  return {
    pieces: pieces.flatMap((piece) => revert(piece, ctx.mapIds) ?? []),
    warnings: [{ code: 'claude.language', message: TEXT[ctx.language](PART[ctx.language].text), span: null }],
  };
}
