import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { captureDocument } from '../index';

const doc = (html: string) => parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;

// Small fixtures written from each vendor's public markup (class names and data attributes).
const CASES: [string, string, string, { title: string; employer: string | null; location: string | null }][] = [
  [
    'lever',
    'https://jobs.lever.co/acme/1234-abcd',
    '<head><title>Acme - Backend Engineer</title></head><body><div class="posting-headline"><h2>Backend Engineer</h2><div class="posting-categories"><div class="location">Amsterdam</div></div></div><div class="section page-centered" data-qa="job-description"><p>We build things. Requirements: Go, SQL. Apply now.</p></div></body>',
    { title: 'Backend Engineer', employer: 'Acme', location: 'Amsterdam' },
  ],
  [
    'greenhouse',
    'https://job-boards.greenhouse.io/acme/jobs/1',
    '<body><div class="job__title"><h1>Data Analyst</h1></div><div class="job__location">Utrecht</div><div class="job__description"><p>Requirements: SQL. Full-time.</p></div></body>',
    { title: 'Data Analyst', employer: null, location: 'Utrecht' },
  ],
  [
    'workday',
    'https://acme.wd3.myworkdayjobs.com/en-US/careers/job/Utrecht/Nurse_R1',
    '<body><h2 data-automation-id="jobPostingHeader">Nurse</h2><div data-automation-id="locations"><dl><dt>locations</dt><dd>Utrecht</dd></dl></div><div data-automation-id="jobPostingDescription"><p>Qualifications: BIG. Full-time.</p></div></body>',
    { title: 'Nurse', employer: 'acme', location: 'Utrecht' },
  ],
  [
    'indeed',
    'https://nl.indeed.com/viewjob?jk=1',
    '<body><h1 data-testid="jobsearch-JobInfoHeader-title">Kok</h1><div data-testid="inlineHeader-companyName"><a>Restaurant De Haven</a></div><div data-testid="inlineHeader-companyLocation">Den Helder</div><div id="jobDescriptionText"><p>Wat vragen wij: ervaring. Solliciteer.</p></div></body>',
    { title: 'Kok', employer: 'Restaurant De Haven', location: 'Den Helder' },
  ],
  [
    'teamtailor',
    'https://acme.teamtailor.com/jobs/1-jurist',
    '<head><title>Jurist - Acme</title><meta property="og:site_name" content="Acme"></head><body><div class="w-full text-center uppercase"><span>Legal</span><span class="mx-[2px]">·</span><span>Malmö (HQ)</span></div><h1 class="text-block-base-link-color">Jurist</h1><div data-controller="job-description"><p>Requirements: a law degree. Apply now.</p></div></body>',
    { title: 'Jurist', employer: 'Acme', location: 'Malmö (HQ)' },
  ],
  [
    'villamedia',
    'https://www.villamedia.nl/vacatures/functie/x',
    '<body><div class="article vacature"><p class="meta">NOS, Hilversum, geplaatst op 1 mei</p><h1>Redacteur</h1><div class="text"><p>Wat vragen wij: journalistieke ervaring.</p></div></div></body>',
    { title: 'Redacteur', employer: 'NOS', location: 'Hilversum' },
  ],
];

describe('site adapters', () => {
  it.each(CASES)('%s', (_name, url, html, expected) => {
    const vacancy = captureDocument(doc(html), { url });
    expect(vacancy).toMatchObject({ isVacancy: true, ...expected });
  });

  it('says a LinkedIn search page is a list, not a vacancy', () => {
    const vacancy = captureDocument(doc('<body><h1>Python Developer jobs in Chennai</h1><ul class="jobs-search__results-list"><li>a</li></ul></body>'), {
      url: 'https://in.linkedin.com/jobs/python-developer-jobs-chennai',
    });
    expect(vacancy.isVacancy).toBe(false);
  });
});
