/**
 * Guard (#6): the rewritten vacancy keeps what is not a requirement, contact details included.
 * Personal data went to the model as placeholders; when a value is missing from the rewritten
 * text (the model dropped the line or garbled the placeholder), the original lines that held it
 * are added back at the end, as they were.
 */
import type { Translation, Vacancy, Warning } from '../../../shared/schemas';

const TEXT = {
  nl: 'Het model liet contactgegevens weg; Vaardig heeft de oorspronkelijke regels teruggezet.',
  en: 'The model left out contact details; Vaardig put the original lines back.',
};

export function guardContact(translation: Translation, vacancy: Vacancy, placeholders: Record<string, string>): Translation {
  let markdown = translation.rewritten.markdown;
  const missing = Object.values(placeholders).filter((value) => !markdown.includes(value));
  if (missing.length === 0) return translation;
  const lines = vacancy.text.split('\n').filter((line) => missing.some((value) => line.includes(value)));
  markdown = `${markdown.replace(/\[(?:EMAIL|PHONE|IBAN|NAME)_\d+\]/g, '').trimEnd()}\n\n${lines.map((line) => line.trim()).join('\n')}\n`;
  const warnings: Warning[] = [...translation.warnings, { code: 'claude.contact-restored', message: TEXT[translation.language], span: null }];
  return { ...translation, warnings, rewritten: { ...translation.rewritten, markdown } };
}
