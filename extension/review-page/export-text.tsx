import type { Profile } from '../../shared/profiles';
import { t } from './strings';

/** A file name from the title: letters, digits and dashes. */
const fileName = (title: string, version: number) =>
  `${
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'vacature'
  }-v${version}.md`;

/**
 * The saved text as a file (#19): the profile's Markdown exactly as the API holds it, so what is
 * approved is what is published, byte for byte. Unsaved edits on the page are not in it.
 */
export function ExportText({ profile }: { profile: Profile }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([profile.translation.rewritten.markdown], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(profile.title, profile.version);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby="export-heading" data-testid="export">
      <h3 id="export-heading">{t('exportHeading')}</h3>
      <p class="muted">{profile.status === 'approved' ? t('exportApproved', profile.version) : t('exportNotApproved', profile.version)}</p>
      <button type="button" onClick={download}>
        {t('exportMarkdown')}
      </button>
    </section>
  );
}
