/** Progress of one translation, for the side panel (SSE variant of POST /v1/translations). */
export type Progress =
  | { stage: 'offline'; detail: string }
  | { stage: 'request'; attempt: 'first' | 'repair' }
  | { stage: 'receiving'; chars: number }
  | { stage: 'guards'; detail: string }
  | { stage: 'fallback'; detail: string };

export type OnProgress = (progress: Progress) => void;
