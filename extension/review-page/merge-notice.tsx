import type { Translation } from '../../shared/translation';
import type { Conflict } from './merge';
import { PersonWithRole } from './names';
import { i18n } from '@/lib/i18n';
import { Message } from '@/lib/message';
import { plainText } from './text-rows';

export interface MergeState {
  /** Who saved in between ("Eva Smit (beoordelaar)" in words), when known. */
  by: { label?: string | null; role: string } | null;
  version: number;
  /** What both changed: this page's edit stands, theirs is offered. */
  conflicts: Conflict[];
  theirs: { title: string; translation: Translation };
}

const partName = (conflict: Conflict) =>
  conflict.part === 'title' || conflict.part === 'block' ? i18n.t(`reviewPage.part.${conflict.part}`) : i18n.t(`reviewPage.${conflict.part}`);

/** Says that a colleague's version came in between and was merged, and offers theirs where both changed a part. */
export function MergeNotice({ merge, onUseTheirs }: { merge: MergeState; onUseTheirs: (conflict: Conflict) => void }) {
  return (
    <div class="merge" role="alert" data-testid="merge">
      <p>
        <Message id="reviewPage.merged" parts={[merge.by ? <PersonWithRole who={merge.by} /> : '', merge.version]} />
      </p>
      {merge.conflicts.length > 0 && (
        <>
          <p>{i18n.t('reviewPage.mergedConflicts')}</p>
          <ul>
            {merge.conflicts.map((conflict) => {
              const theirs = conflict.part === 'block' ? plainText(conflict.theirs) : conflict.theirs;
              return (
                <li data-testid="merge-conflict">
                  <strong>{partName(conflict)}</strong>: <span lang={merge.theirs.translation.language}>{theirs || i18n.t('reviewPage.theirsRemoved')}</span>{' '}
                  <button
                    type="button"
                    class="link"
                    aria-label={i18n.t('reviewPage.useTheirsLabel', [partName(conflict)])}
                    onClick={() => onUseTheirs(conflict)}
                  >
                    {i18n.t('reviewPage.useTheirs')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
