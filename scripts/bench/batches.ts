/**
 * Batches and insights (#20) on the local Worker (the bundle in workerd, local D1, Miniflare's
 * queue): a batch of 1,000 corpus postings from upload until every item is settled (items per
 * second, items lost), then impact and learning-needs latency with 10,000 profiles over 500
 * employers and 20 teams, seeded through the API. Wall-clock on loopback: an upper bound of the
 * time in the Worker.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { readPostings } from '../lib/corpus';
import { startLocalWorker } from '../lib/local-worker';
import { quantile } from '../lib/stats';
import type { Section } from './types';

const ADMIN_TOKEN = `bench-${randomUUID()}`;
const EMPLOYERS = 500;
const TEAMS = 20;
const PROFILES = 10_000;

type Call = <T = any>(method: string, path: string, token: string, body?: unknown) => Promise<T>;

function caller(origin: string): Call {
  return async (method, path, token, body) => {
    const send = () =>
      fetch(`${origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    // A socket reset on a loaded machine is retried once; an HTTP error is not.
    const response = await send().catch(async (error) => {
      process.stderr.write(`bench batches: ${method} ${path}: ${(error as Error).message} (${String((error as Error).cause ?? '')}); retrying once\n`);
      await new Promise((wait) => setTimeout(wait, 500));
      return send();
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return response.json() as never;
  };
}

/** Runs `work` over `items` with `width` at a time. */
async function pool<T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

/** A small translation with known facts; `needs` are skills to learn on the job. */
function translation(needs: number[]) {
  const span = (start: number) => ({ start, end: start + 5 });
  const requirement = (id: string, kind: string, legal = false) => ({
    id,
    text: id,
    kind,
    mandatory: true,
    legal,
    legalBasis: null,
    alternativeOffered: false,
    span: span(Number(id.slice(1)) * 10),
  });
  return {
    language: 'nl',
    engine: 'offline',
    title: 'Functie',
    occupation: null,
    requirements: [requirement('r1', 'diploma'), requirement('r2', 'education_level', true), requirement('r3', 'trait'), requirement('r4', 'experience')],
    skills: needs.map((n) => ({ label: `vaardigheid ${n}`, uri: `http://data.europa.eu/esco/skill/bench-${n}`, requirementIds: ['r1'], mustHave: false })),
    personProfile: {},
    learningRoutes: needs.map((n) => ({
      form: n % 2 ? 'non-formal' : 'informal',
      title: `Route ${n}`,
      source: 'template',
      covers: [`http://data.europa.eu/esco/skill/bench-${n}`],
    })),
    rewritten: { markdown: '- …' },
    changes: [
      { requirementId: 'r1', action: 'translate', rule: 'diploma', span: span(10), reason: '' },
      { requirementId: 'r3', action: 'move-to-profile', rule: 'trait→person-profile', span: span(30), reason: '' },
      { requirementId: 'r4', action: 'rephrase', rule: 'experience.years→competence', span: span(40), reason: '' },
    ],
    warnings: [{ code: 'experience-years', message: 'jaren', span: span(40) }],
    attribution: 'This service uses the ESCO classification of the European Commission.',
  };
}

async function batchThroughput(call: Call, token: string) {
  const postings = readPostings();
  const items = Array.from({ length: 1000 }, (_, i) => {
    const posting = postings[i % postings.length]!;
    return { title: `${posting.title ?? 'Vacature'} #${i}`, text: posting.text, ref: `bench-${i}` };
  });
  const started = performance.now();
  const { id } = await call<{ id: string }>('POST', '/v1/batches', token, { items });
  const accepted = performance.now() - started;
  let batch: { status: string; done: number; failed: number; total: number; items: { error?: string }[] };
  for (;;) {
    batch = await call('GET', `/v1/batches/${id}`, token);
    if (batch.status === 'done' || batch.status === 'failed') break;
    if (performance.now() - started > 600_000) throw new Error(`batch not settled after 10 minutes: ${batch.done} done, ${batch.failed} failed`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  const seconds = (performance.now() - started) / 1000;
  const reasons = [...new Set(batch.items.flatMap((item) => (item.error ? [item.error.slice(0, 60)] : [])))];
  return { accepted, seconds, batch, reasons };
}

async function seedInsights(call: Call) {
  const org = (name: string, kind: string) =>
    call<{ id: string }>('POST', '/v1/admin/organizations', ADMIN_TOKEN, { name: `${name} ${randomUUID().slice(0, 8)}`, kind });
  const tokenOf = async (organizationId: string, role: string) =>
    (await call<{ token: string }>('POST', '/v1/admin/tokens', ADMIN_TOKEN, { organizationId, role })).token;
  const teams: { id: string; token: string }[] = [];
  await pool(
    Array.from({ length: TEAMS }, (_, i) => i),
    8,
    async (i) => {
      const { id } = await org(`Bench team ${i}`, 'expertise_team');
      teams[i] = { id, token: await tokenOf(id, 'reviewer') };
    },
  );
  const employers: { id: string; token: string }[] = [];
  await pool(
    Array.from({ length: EMPLOYERS }, (_, i) => i),
    16,
    async (i) => {
      const { id } = await org(`Bench employer ${i}`, 'employer');
      employers[i] = { id, token: await tokenOf(id, 'member') };
      await call('POST', `/v1/admin/organizations/${teams[i % TEAMS]!.id}/clients`, ADMIN_TOKEN, { employerId: id });
    },
  );
  // 20 profiles per employer; 40 skills, each profile asks for 3 to be learned on the job; 7 in 10 submitted.
  const started = performance.now();
  await pool(
    Array.from({ length: PROFILES }, (_, i) => i),
    32,
    async (i) => {
      const employer = employers[i % EMPLOYERS]!;
      const needs = [i % 40, (i * 7 + 3) % 40, (i * 13 + 5) % 40];
      const profile = await call<{ id: string }>('POST', '/v1/profiles', employer.token, {
        title: `Functie ${i}`,
        translation: translation([...new Set(needs)]),
      });
      if (i % 10 < 7) await call('POST', `/v1/profiles/${profile.id}/submit`, employer.token);
    },
  );
  return { teams, employers, seedSeconds: (performance.now() - started) / 1000 };
}

async function latencies(run: () => Promise<unknown>, count = 200) {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

export async function bench(): Promise<Section> {
  const worker = await startLocalWorker({ ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '0' });
  try {
    const call = caller(worker.origin);
    const { id: employerId } = await call<{ id: string }>('POST', '/v1/admin/organizations', ADMIN_TOKEN, {
      name: `Bench batch ${randomUUID().slice(0, 8)}`,
      kind: 'employer',
    });
    const { token } = await call<{ token: string }>('POST', '/v1/admin/tokens', ADMIN_TOKEN, { organizationId: employerId, role: 'member' });
    const loadAtUpload = loadavg()[0]!;
    const batch = await batchThroughput(call, token);
    const settled = batch.batch.done + batch.batch.failed;

    const seeded = await seedInsights(call);
    const team = seeded.teams[0]!;
    const employer = seeded.employers[0]!;
    // The machine is shared: the 1-minute load average before and after the latencies says how quiet it was.
    const loadBefore = loadavg()[0]!;
    const teamImpact = await latencies(() => call('GET', '/v1/insights/impact', team.token));
    const employerImpact = await latencies(() => call('GET', '/v1/insights/impact', employer.token));
    const needs = await latencies(() => call('GET', `/v1/insights/learning-needs?teamId=${team.id}`, team.token));
    const load = `load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} (1 min, 2 cores; the bench's own Worker and client included)`;
    const shown = (await call<{ needs: unknown[] }>('GET', `/v1/insights/learning-needs?teamId=${team.id}`, team.token)).needs.length;
    return {
      name: 'batches and insights',
      figures: [
        {
          metric: '1,000-item batch through the local queue',
          value: 1000 / batch.seconds,
          unit: 'items/s',
          goal: '≥ 50 items/s',
          note: `${batch.seconds.toFixed(1)} s from upload to the last item settled; upload answered in ${Math.round(batch.accepted)} ms; load average ${loadAtUpload.toFixed(1)} at the upload (1 min, 2 cores)`,
        },
        { metric: 'items lost (neither done nor failed)', value: batch.batch.total - settled, unit: 'items', goal: '0' },
        { metric: 'items failed', value: batch.batch.failed, unit: 'items', note: batch.reasons.join(' | ') || 'none' },
        {
          metric: `impact of a team (${EMPLOYERS / TEAMS} employers) p95`,
          value: teamImpact.p95,
          unit: 'ms',
          goal: '≤ 50 ms',
          note: `p50 ${teamImpact.p50.toFixed(1)} ms; ${PROFILES.toLocaleString('en')} profiles, ${EMPLOYERS} employers, ${TEAMS} teams (seeded through the API in ${seeded.seedSeconds.toFixed(0)} s); ${load}`,
        },
        { metric: 'impact of an employer p95', value: employerImpact.p95, unit: 'ms', goal: '≤ 50 ms', note: `p50 ${employerImpact.p50.toFixed(1)} ms` },
        {
          metric: 'learning needs of a team p95',
          value: needs.p95,
          unit: 'ms',
          goal: '≤ 50 ms',
          note: `p50 ${needs.p50.toFixed(1)} ms; ${shown} needs shown; ${load}`,
        },
      ],
    };
  } finally {
    worker.stop();
  }
}
