import type { SiteAdapter } from '../types';

/** Every site adapter. Adding a job board or ATS is adding one file and one line here. */
export const SITE_ADAPTERS: SiteAdapter[] = [];

/** The adapter for this page: by address first, then by markup (saved pages, custom domains). */
export function siteAdapterFor(doc: Document, url: URL | null): SiteAdapter | null {
  if (url) {
    const byHost = SITE_ADAPTERS.find((adapter) => adapter.hosts.some((host) => host.test(url.hostname)));
    if (byHost) return byHost;
  }
  return SITE_ADAPTERS.find((adapter) => adapter.detect?.(doc)) ?? null;
}
