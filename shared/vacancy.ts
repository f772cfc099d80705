/** A vacancy as capture reads it from a page, an editor, a file or pasted text: the input of every translation. */
import * as z from 'zod';
import { Language } from './locale';

export const VacancySource = z.enum(['json-ld', 'microdata', 'rdfa', 'site', 'editor', 'selection', 'readability', 'text', 'paste']);
export type VacancySource = z.infer<typeof VacancySource>;

export const EditorKind = z.enum(['textarea', 'contenteditable', 'prosemirror', 'quill', 'ckeditor5', 'tinymce', 'lexical']);
export type EditorKind = z.infer<typeof EditorKind>;

/** Where an editor sits on the page, so that write-back finds it again. */
export const EditorTarget = z.object({
  kind: EditorKind,
  /** CSS path of the editor's root element (inside `frame` when set). */
  path: z.string().max(2000),
  /** CSS path of the same-origin iframe that holds the editor (TinyMCE), else null. */
  frame: z.string().max(2000).nullable().default(null),
});
export type EditorTarget = z.infer<typeof EditorTarget>;

/** A vacancy as read from a page, an editor, a file or pasted text. */
export const Vacancy = z.object({
  isVacancy: z.boolean(),
  /** 0..1: how sure capture is that this is a single vacancy. */
  confidence: z.number().min(0).max(1).default(1),
  /** Why capture decided isVacancy, in words a person understands. */
  reason: z.string().default(''),
  title: z.string().nullable(),
  employer: z.string().nullable(),
  location: z.string().nullable(),
  language: Language.nullable(),
  /** The vacancy as plain text, blocks separated by blank lines, bullets as "- ". */
  text: z.string(),
  /** The requirements section alone, when capture found one. */
  requirementsText: z.string().nullable().default(null),
  source: VacancySource,
  /** Which adapter read it (e.g. "json-ld", "recruitee", "ckeditor5"). */
  adapter: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  /** Set when the vacancy was read from an editor: where to write the rewritten text back. */
  editor: EditorTarget.optional(),
});
export type Vacancy = z.infer<typeof Vacancy>;
