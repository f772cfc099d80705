import type { Profile } from '../../shared/profiles';
import { i18n } from '@/lib/i18n';

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
      <h3 id="export-heading">{i18n.t('reviewPage.exportHeading')}</h3>
      <p class="muted">
        {profile.status === 'approved' ? i18n.t('reviewPage.exportApproved', [profile.version]) : i18n.t('reviewPage.exportNotApproved', [profile.version])}
      </p>
      <button type="button" onClick={download}>
        {i18n.t('reviewPage.exportMarkdown')}
      </button>
    </section>
  );
}
