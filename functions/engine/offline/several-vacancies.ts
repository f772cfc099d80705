/** A page that holds more than one vacancy: only the one the title names is rewritten. */
import type { Language } from '../../../shared/locale';
import type { Warning } from '../../../shared/translation';
import { t } from './i18n';
import type { Line } from './segment';

/**
 * Where the vacancy the title names starts on a page that holds several: the line that repeats the
 * title (not among the first three lines) between a requirements section of another vacancy and its
 * own; 0 when the page holds one.
 */
export function ownVacancyStart(lines: Line[], title: string | null): number {
  const plain = (s: string) => s.replace(/[#*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const own = plain(title ?? '');
  if (own.length < 4) return 0;
  for (let i = lines.length - 1; i >= 3; i--) {
    if (plain(lines[i]!.text) !== own) continue;
    // Another vacancy's requirements before it, and this one's after it (a footer that repeats the
    // title after the only requirements is no second vacancy).
    const asks = (l: Line) => l.heading && (l.section === 'requirements' || l.section === 'preferred');
    return lines.slice(3, i).some(asks) && lines.slice(i + 1).some(asks) ? lines[i]!.start : 0;
  }
  return 0;
}

export function severalVacancies(title: string | null, ui: Language): Warning {
  return {
    code: 'several-vacancies',
    span: null,
    message: t(
      ui,
      `Deze pagina bevat meer dan één vacature. Vaardig herschrijft alleen ‘${title}’; de andere vacature blijft zoals ze was.`,
      `This page holds more than one vacancy. Vaardig rewrites only ‘${title}’; the other one stays as it was.`,
    ),
  };
}
