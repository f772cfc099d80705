/** What can go wrong reaching the tab, before anything is read or written (page/tab.ts throws them). */

/** The browser refused to run Vaardig in the tab (no activeTab grant, a browser page), or the tab is gone. */
export class PageAccessError extends Error {
  constructor(
    readonly gone: boolean,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'PageAccessError';
  }
}

/** No tab to read: the panel is open without a page beside it. */
export class NoTabError extends Error {
  constructor() {
    super('There is no open page to read.');
    this.name = 'NoTabError';
  }
}
