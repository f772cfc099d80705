import * as page from '@/page/tab';

// Only the test build exposes the page functions, for tests/e2e/editors.spec.ts.
if (import.meta.env.MODE === 'test') Object.assign(window, { vaardigPage: page });
