import type { Translation } from '../../shared/translation';
import type { Conflict } from './merge';
import { PersonWithRole } from './names';
import { t, tNodes, type StringKey } from './strings';
import { plainText } from './text-rows';

export interface MergeState {
  /** Who saved in between ("Eva Smit (beoordelaar)" in words), when known. */
  by: { label?: string | null; role: string } | null;
  version: number;
  /** What both changed: this page's edit stands, theirs is offered. */
  conflicts: Conflict[];
  theirs: { title: string; translation: Translation };
}

const partName = (conflict: Conflict) => (conflict.part === 'title' || conflict.part === 'block' ? t(`part.${conflict.part}`) : t(conflict.part as StringKey));

/** Says that a colleague's version came in between and was merged, and offers theirs where both changed a part. */
export function MergeNotice({ merge, onUseTheirs }: { merge: MergeState; onUseTheirs: (conflict: Conflict) => void }) {
  return (
    <div class="merge" role="alert" data-testid="merge">
      <p>{tNodes('merged', merge.by ? <PersonWithRole who={merge.by} /> : '', merge.version)}</p>
      {merge.conflicts.length > 0 && (
        <>
          <p>{t('mergedConflicts')}</p>
          <ul>
            {merge.conflicts.map((conflict) => {
              const theirs = conflict.part === 'block' ? plainText(conflict.theirs) : conflict.theirs;
              return (
                <li data-testid="merge-conflict">
                  <strong>{partName(conflict)}</strong>: <span lang={merge.theirs.translation.language}>{theirs || t('theirsRemoved')}</span>{' '}
                  <button type="button" class="link" aria-label={t('useTheirsLabel', partName(conflict))} onClick={() => onUseTheirs(conflict)}>
                    {t('useTheirs')}
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
