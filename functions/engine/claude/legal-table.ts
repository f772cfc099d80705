/**
 * Vaardig's table of legal job requirements (functions/legal/requirements.json, built by the
 * offline engine's work in #4), condensed to one line per entry for the cached prefix. The rules
 * remain the authority: guards re-impose what they find, whatever the model says.
 */
import table from '../../legal/requirements.json';

interface LegalEntry {
  id: string;
  statutory: boolean;
  keepMode: string;
  name: { nl: string; en: string };
  citation: string;
  roles?: string[];
  obtainable?: { afterHiring: boolean; code: string };
  rephrase?: string;
}

function line(entry: LegalEntry): string {
  const roles = entry.roles?.length ? ` | roles: ${entry.roles.slice(0, 6).join(', ')}` : '';
  const after = entry.obtainable ? ` | after hiring: ${entry.obtainable.afterHiring ? 'yes' : 'no'} (${entry.obtainable.code})` : '';
  const status = entry.statutory ? entry.keepMode : 'NOT statutory, may be softened';
  return `- ${entry.id} | ${entry.name.nl} / ${entry.name.en} | ${entry.citation} | ${status}${after}${roles}`;
}

export const LEGAL_TABLE_TEXT = [
  '## Legal table',
  'Dutch statutory job requirements: id | name (nl / en) | citation | keep mode | obtainable after hiring | roles it applies to. Cite the citation when you keep one.',
  ...(table as LegalEntry[]).map(line),
].join('\n');
