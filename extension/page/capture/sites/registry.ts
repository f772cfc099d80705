import type { SiteAdapter } from '../types';
import { ashby } from './ashby';
import { cultureleVacatures } from './culturele-vacatures';
import { greenhouse } from './greenhouse';
import { homerun } from './homerun';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { nationaleVacaturebank } from './nationale-vacaturebank';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { refline } from './refline';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { villamedia } from './villamedia';
import { werkNl } from './werk-nl';
import { workable } from './workable';
import { workday } from './workday';
import { wpJobBoard } from './wp-job-board';

/** Every site adapter. Adding a job board or ATS is adding one file and one line here. */
export const SITE_ADAPTERS: SiteAdapter[] = [
  recruitee,
  homerun,
  workday,
  greenhouse,
  lever,
  smartrecruiters,
  teamtailor,
  werkNl,
  indeed,
  linkedin,
  nationaleVacaturebank,
  villamedia,
  cultureleVacatures,
  wpJobBoard,
  workable,
  ashby,
  personio,
  refline,
];

const ANY_MARKUP = SITE_ADAPTERS.flatMap((adapter) => (adapter.markup ? [adapter.markup] : [])).join(', ');

/** The adapter for this page: by address first, then by markup (saved pages, custom domains). */
export function siteAdapterFor(doc: Document, url: URL | null): SiteAdapter | null {
  if (url) {
    const byHost = SITE_ADAPTERS.find((adapter) => adapter.hosts.some((host) => host.test(url.hostname)));
    if (byHost) return byHost;
  }
  // One query for all adapters first: most pages match none, and each query walks the whole page.
  if (!doc.querySelector(ANY_MARKUP)) return null;
  return SITE_ADAPTERS.find((adapter) => adapter.markup && doc.querySelector(adapter.markup)) ?? null;
}
