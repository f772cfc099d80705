import { useEffect, useRef } from 'preact/hooks';
import { i18n, tKey } from '@/lib/i18n';
import { actionsFor, type PanelAction, type PanelProblem } from '@/sidepanel/panel-errors';
import type { PanelState } from '@/sidepanel/panel-state';
import { ListedVacancies } from './listed-vacancies';

/** What happened and what to do next, in the interface language (#17). */
export function problemMessage(problem: PanelProblem): string {
  switch (problem.kind) {
    case 'notVacancy':
      // With the vacancies it found listed below, the message points to them (#17).
      return tKey(
        problem.listed?.length && (problem.reason === 'listing' || problem.reason === 'links')
          ? `errors.notVacancy.${problem.reason}Listed`
          : `errors.notVacancy.${problem.reason}`,
      );
    case 'offline':
      return i18n.t('errors.offline', [problem.base]);
    case 'api':
      return tKey(`errors.api.${problem.trouble}`, [String(problem.status)]);
    default:
      return tKey(`errors.${problem.kind}`);
  }
}

/** An error, announced (role="alert") and focused, with the actions that get the user on. */
export function PanelError({ panel }: { panel: PanelState }) {
  const { error, draft } = panel;
  const ref = useRef<HTMLDivElement>(null);
  // An error takes focus, so a keyboard user lands where the problem is.
  useEffect(() => ref.current?.focus(), [error]);
  if (!error) return null;
  // Stopped by the user: a note, not an alarm.
  if (error.kind === 'cancelled')
    return (
      <p class="muted" role="status" tabIndex={-1} ref={ref as never} data-testid="panel-error" data-kind="cancelled">
        {problemMessage(error)}
      </p>
    );
  const run: Record<PanelAction, () => unknown> = { retry: panel.retry, paste: panel.pasteInstead, settings: panel.openSettings };
  // Pasting replaces the vacancy being reviewed: offered only before there is one.
  const actions = actionsFor(error).filter((action) => !(action === 'paste' && draft));
  return (
    <div class="error" role="alert" tabIndex={-1} ref={ref} data-testid="panel-error" data-kind={error.kind}>
      <p>{problemMessage(error)}</p>
      {error.kind === 'notVacancy' && error.listed && <ListedVacancies listed={error.listed} language={error.language} />}
      {actions.length > 0 && (
        <div class="row">
          {actions.map((action, index) => (
            <button key={action} type="button" class={index === 0 ? 'primary' : 'secondary'} onClick={() => void run[action]()}>
              {tKey(`errors.action.${action}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
