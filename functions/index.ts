import { app } from './app';
import { consumeBatches } from './batches/queue';

export type { AppType } from './app';

export default {
  fetch: app.fetch,
  // Batches (#20): the items of an upload, and the dead-letter queue of those whose retries ran out.
  queue: consumeBatches,
} satisfies ExportedHandler<Env>;
