import type { Vacancy, VacancySource } from '../../../shared/vacancy';
import type { ListedVacancy } from './listing';

/** What one capture step read from a page. Empty fields mean "this step does not know". */
export interface Reading {
  source: VacancySource;
  adapter: string;
  title?: string | null;
  employer?: string | null;
  location?: string | null;
  /** Plain text of the posting, blocks separated by blank lines, bullets as "- ". */
  text?: string;
  /** The step recognised a single job posting (structured data, a known job-detail page). */
  posting?: boolean;
  /** The title is shown as a heading on the page, not only in the browser's title bar. */
  titleInBody?: boolean;
  /** The step recognised a list of postings (search results, an overview page). */
  listing?: boolean;
}

/** A site adapter: one job board or ATS, declared as data (which pages) plus a reader. */
export interface SiteAdapter {
  name: string;
  /** Hostname patterns the adapter is for; the markup check in `detect` also works on copies. */
  hosts: RegExp[];
  /** A CSS selector that recognises the site's markup without a URL (saved pages, custom domains). */
  markup?: string;
  read: (doc: Document, url: URL | null) => Omit<Reading, 'source' | 'adapter'> | null;
}

/** What capture returns: the Vacancy, and for a refused listing the vacancies it links to (#17). */
export type Capture = Vacancy & { listed?: ListedVacancy[] };
