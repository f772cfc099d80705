import { Vacancy } from '../../shared/schemas';
import { detectLanguage } from '../../shared/language';

type JobPosting = { '@type'?: unknown; title?: unknown; description?: unknown; hiringOrganization?: { name?: unknown }; jobLocation?: unknown };

function textOf(html: string, doc: Document): string {
  // DOMParser documents are inert: no scripts run, nothing touches the page.
  const parsed = new (doc.defaultView?.DOMParser ?? DOMParser)().parseFromString(html, 'text/html');
  return parsed.body?.textContent?.trim() ?? '';
}

function* jsonLdNodes(doc: Document): Generator<JobPosting> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // partial or broken snippets are skipped, never fatal
    }
    const queue = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const graph = (node as { '@graph'?: unknown })['@graph'];
        if (graph) queue.push(graph);
        yield node as JobPosting;
      }
    }
  }
}

/** Read the vacancy on a page: JSON-LD JobPosting first, else the page's main text. */
export function captureDocument(doc: Document, url: string | null = doc.location?.href ?? null): Vacancy {
  for (const node of jsonLdNodes(doc)) {
    const type = node['@type'];
    if (type !== 'JobPosting' && !(Array.isArray(type) && type.includes('JobPosting'))) continue;
    const text = typeof node.description === 'string' ? textOf(node.description, doc) : '';
    return Vacancy.parse({
      isVacancy: true,
      confidence: 0.95,
      reason: 'The page declares a schema.org JobPosting.',
      title: typeof node.title === 'string' ? node.title : null,
      employer: typeof node.hiringOrganization?.name === 'string' ? node.hiringOrganization.name : null,
      location: null,
      language: detectLanguage(text),
      text,
      source: 'json-ld',
      adapter: 'json-ld',
      url,
    });
  }
  const main = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  const text = (main as HTMLElement | null)?.innerText ?? main?.textContent ?? '';
  return Vacancy.parse({
    isVacancy: text.trim().length > 200,
    confidence: 0.4,
    reason: 'No structured vacancy data; read the main text of the page.',
    title: doc.querySelector('h1')?.textContent?.trim() || doc.title || null,
    employer: null,
    location: null,
    language: detectLanguage(text),
    text: text.trim(),
    source: 'text',
    url,
  });
}
