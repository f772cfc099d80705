import type { Page } from '@playwright/test';
import type { EditorKind } from '../../shared/vacancy';

/** The seven editor kinds write-back supports, and how a user puts the cursor in each. */
export const EDITOR_KINDS: { kind: EditorKind; focus: (page: Page) => Promise<void> }[] = [
  { kind: 'textarea', focus: (page) => page.locator('#editor').click() },
  { kind: 'contenteditable', focus: (page) => page.locator('#editor').click() },
  { kind: 'prosemirror', focus: (page) => page.locator('.ProseMirror').click() },
  { kind: 'quill', focus: (page) => page.locator('.ql-editor').click() },
  { kind: 'ckeditor5', focus: (page) => page.locator('.ck-editor__editable').click() },
  // Without a skin TinyMCE's frame counts as hidden for clicks; focus it as a keyboard user would.
  { kind: 'tinymce', focus: (page) => page.frameLocator('iframe').locator('body').focus() },
  { kind: 'lexical', focus: (page) => page.locator('[data-lexical-editor="true"]').click() },
];
