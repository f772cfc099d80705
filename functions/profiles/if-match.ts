/**
 * Optimistic concurrency with ETag / If-Match (RFC 9110 §13.1.1). A profile's ETag names its
 * content version; a save must say which version it started from.
 */
import { etagFor } from '../../shared/profiles';
import { ProblemError } from '../lib/problem';

/** The entity-tags in an If-Match header, without W/ (Cloudflare weakens ETags when it compresses). */
function tags(header: string): string[] {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .filter(Boolean);
}

/**
 * Throws 428 when the header is missing (or `*`, which names no version) and 412 when it does
 * not name the current version; `required: false` only checks a header that is present.
 */
export function checkIfMatch(header: string | undefined, currentVersion: number, required = true): void {
  const current = etagFor(currentVersion);
  const extra = { headers: { etag: current } };
  if (!header?.trim() || header.trim() === '*') {
    if (!required) return;
    throw new ProblemError(
      428,
      `Send If-Match with the ETag of the version you changed (now ${current}), so that nobody's work is overwritten silently.`,
      extra,
    );
  }
  if (!tags(header).includes(current)) throw staleVersion(currentVersion);
}

/** 412: someone saved a newer version first. */
export function staleVersion(currentVersion: number): ProblemError {
  const current = etagFor(currentVersion);
  return new ProblemError(
    412,
    `The profile was changed since you read it: it is at version ${currentVersion} (ETag ${current}). Load it again, reapply your change and retry.`,
    { headers: { etag: current } },
  );
}
