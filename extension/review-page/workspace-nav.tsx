/**
 * The review page's sections (#20): the profiles, and beside them what the caller may use of the
 * workspace. Batches make profiles, so only an employer uploads; a team's reviewers and admins see
 * the batches its employers submitted for review. Insights are an employer's own or a team's
 * reviewers' and admins' (a team's plain members get 403 from the API and see no batch, so no link).
 */
import type { Me } from '../../shared/profiles';
import { i18n } from '@/lib/i18n';

export type Section = 'queue' | 'batches' | 'impact' | 'needs';

export function sectionsFor(me: Me): Section[] {
  if (me.organization.kind === 'employer') return ['queue', 'batches', 'impact'];
  return me.role === 'member' ? ['queue'] : ['queue', 'batches', 'impact', 'needs'];
}

const HREF: Record<Section, string> = { queue: '#/', batches: '#/batches', impact: '#/impact', needs: '#/needs' };
const LABEL = {
  queue: 'reviewPage.queue',
  batches: 'reviewPage.batches',
  impact: 'reviewPage.impact',
  needs: 'reviewPage.needs',
} as const satisfies Record<Section, string>;

export function WorkspaceNav({ me, current, queueHref }: { me: Me; current: Section | null; queueHref: string }) {
  const sections = sectionsFor(me);
  if (sections.length < 2) return null;
  return (
    <nav class="sections" aria-label={i18n.t('reviewPage.sections')}>
      {sections.map((section) => (
        <a href={section === 'queue' ? queueHref : HREF[section]} aria-current={section === current ? 'page' : undefined}>
          {i18n.t(LABEL[section])}
        </a>
      ))}
    </nav>
  );
}
