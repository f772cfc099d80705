import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { saveFile, sha256 } from './fetch';
import { DUTCH_PACK, dutchPackHowToGet, ESCO_PORTAL_DOWNLOAD, SKILLS_NL_PATHS } from './sources';
import { DutchPackError, verifyDutchPack, verifyDutchSkills, type DutchLabels, type EnglishConcepts } from './verify-dutch-pack';

export interface DutchPackOptions {
  dataDir: string | null;
  cacheDir: string;
  /** Replaces https://ec.europa.eu/esco/download (tests, proxies); 'off' skips the download. */
  portal?: string | null;
  /** Overrides the pinned sha256 of the pack (tests). */
  sha256?: string | null;
  /** How long to wait for the portal's first answer; a network that drops packets must not stall the build. */
  answerTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface OfficialDutch {
  labels: DutchLabels;
  origin: 'local' | 'cache' | 'download';
  file: string;
}

const FALLBACK = 'Dutch skill labels stay partial';

/**
 * Every Dutch label of ESCO v1.1.1 (issue #15): the official Dutch pack from the data directory,
 * else a loose official skills_nl.csv there, else the pack downloaded earlier, else the pack from
 * the ESCO portal. Each is verified before use; null (and one line saying why) means the index
 * keeps today's partial Dutch skill labels.
 */
export async function loadOfficialDutch(english: EnglishConcepts, options: DutchPackOptions): Promise<OfficialDutch | null> {
  const log = options.log ?? (() => {});
  const expected = options.sha256 === undefined ? DUTCH_PACK.sha256 : options.sha256;
  const inData = (paths: string[]) => (options.dataDir ? paths.map((p) => join(options.dataDir!, p)).find((p) => existsSync(p)) : undefined);

  const localPack = inData(DUTCH_PACK.paths);
  if (localPack) {
    const labels = accept(await readFile(localPack), localPack, english, expected, log);
    return labels && { labels, origin: 'local', file: localPack };
  }
  const looseSkills = inData(SKILLS_NL_PATHS);
  if (looseSkills) {
    try {
      const labels = verifyDutchSkills(await readFile(looseSkills, 'utf8'), english);
      log(`official Dutch skill labels from ${looseSkills} (${labels.skills.length} skills, verified by structure)`);
      return { labels, origin: 'local', file: looseSkills };
    } catch (error) {
      if (!(error instanceof DutchPackError)) throw error;
      log(`refused ${looseSkills}: ${error.message}. ${FALLBACK}.`);
      return null;
    }
  }
  const cached = join(options.cacheDir, DUTCH_PACK.cachePath);
  if (existsSync(cached)) {
    const labels = accept(await readFile(cached), cached, english, expected, log);
    if (labels) return { labels, origin: 'cache', file: cached };
    await rm(cached);
  }
  if (options.portal === 'off') {
    log(`${FALLBACK} (portal download off). For every Dutch label, ${dutchPackHowToGet(options.dataDir)}`);
    return null;
  }
  const url = options.portal ? DUTCH_PACK.url.replace(ESCO_PORTAL_DOWNLOAD, options.portal.replace(/\/$/, '')) : DUTCH_PACK.url;
  const data = await download(url, options.answerTimeoutMs ?? 15_000, dutchPackHowToGet(options.dataDir), log);
  if (!data) return null;
  const labels = accept(data, url, english, expected, log);
  if (!labels) return null;
  await saveFile(cached, data);
  return { labels, origin: 'download', file: cached };
}

const BODY_TIMEOUT_MS = 300_000;

async function download(url: string, answerTimeoutMs: number, howToGet: string, log: (line: string) => void): Promise<Buffer | null> {
  const controller = new AbortController();
  const abortAfter = (ms: number, reason: string) => setTimeout(() => controller.abort(new Error(reason)), ms);
  let timer = abortAfter(answerTimeoutMs, `no answer in ${answerTimeoutMs / 1000} s`);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { 'user-agent': 'vaardig-data-build' } });
    clearTimeout(timer);
    timer = abortAfter(BODY_TIMEOUT_MS, `download not complete in ${BODY_TIMEOUT_MS / 1000} s`);
    if (response.ok) return Buffer.from(await response.arrayBuffer());
    log(`the ESCO portal answered ${response.status} ${response.statusText} for the Dutch pack: ${FALLBACK}. For every Dutch label, ${howToGet}`);
  } catch (error) {
    const reason = ((error as Error & { cause?: Error }).cause ?? (error as Error)).message;
    log(`the ESCO portal is unreachable (${reason}): ${FALLBACK}. For every Dutch label, ${howToGet}`);
  } finally {
    clearTimeout(timer);
  }
  return null;
}

function accept(data: Buffer, from: string, english: EnglishConcepts, expected: string | null, log: (line: string) => void): DutchLabels | null {
  const actual = sha256(data);
  try {
    if (expected && actual !== expected) throw new DutchPackError(`checksum mismatch: expected sha256 ${expected}, got ${actual}`);
    const labels = verifyDutchPack(data, english);
    const how = expected
      ? 'its sha256 matches the pinned one'
      : `verified by structure, no pinned checksum: ${labels.skills.length} skills and ${labels.occupations?.length ?? 0} occupations, concept URIs those of ESCO v1.1.1; sha256 ${actual} (pin it in scripts/data/sources.ts)`;
    log(`official Dutch ESCO pack from ${from}: ${how}`);
    return labels;
  } catch (error) {
    if (!(error instanceof DutchPackError)) throw error;
    log(`refused the Dutch ESCO pack from ${from}: ${error.message}. ${FALLBACK}; the file was not used.`);
    return null;
  }
}
