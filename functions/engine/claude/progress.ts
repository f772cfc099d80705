import type { Translation } from '../../../shared/translation';

/** Progress of one translation, for the side panel (SSE variant of POST /v1/translations). */
export type Progress =
  /** The offline result, ready at once: a preview to show while Claude writes. */
  | { stage: 'offline'; detail: string; preview: Translation }
  | { stage: 'request'; attempt: 'first' | 'repair' }
  | { stage: 'receiving'; chars: number }
  | { stage: 'guards'; detail: string }
  | { stage: 'fallback'; detail: string };

export type OnProgress = (progress: Progress) => void;
