/**
 * Messages between extension contexts and the page, parsed with zod at each boundary: what comes
 * back from a page (even from the extension's own script running there) is untrusted input.
 */
import * as z from 'zod';
import { EditorTarget, Vacancy } from '../../../shared/vacancy';

/** The capture script's answer: the Vacancy, and for a refused listing the vacancies it links to (#17). */
export const ListedVacancy = z.object({ title: z.string().min(1).max(200), url: z.string().url().max(2048) });
export const CaptureResult = Vacancy.extend({ listed: z.array(ListedVacancy).max(25).optional() });
export type CaptureResult = z.infer<typeof CaptureResult>;

export const WriteBackRequest = z.discriminatedUnion('action', [
  // Plain text for textareas (the posting with the decided blocks spliced in), HTML for rich editors.
  z.object({ action: z.literal('write'), target: EditorTarget, text: z.string().max(256 * 1024), html: z.string().max(1024 * 1024) }),
  z.object({ action: z.literal('restore'), target: EditorTarget, snapshot: z.unknown() }),
]);
export type WriteBackRequest = z.infer<typeof WriteBackRequest>;

export const WriteBackResult = z.discriminatedUnion('ok', [
  // `before`: the editor's text before a write, so a second write-back can keep the first one's undo.
  z.object({ ok: z.literal(true), snapshot: z.unknown().optional(), text: z.string(), before: z.string().optional() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type WriteBackResult = z.infer<typeof WriteBackResult>;

/** What the side panel keeps per tab so that one action restores the original; `written`: the editor's text after the write. */
export const WriteBackUndo = z.object({ target: EditorTarget, snapshot: z.unknown(), written: z.string().optional() });
export type WriteBackUndo = z.infer<typeof WriteBackUndo>;
