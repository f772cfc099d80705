/**
 * Bearer-token authentication. Organisation tokens are looked up by their SHA-256; the bootstrap
 * ADMIN_TOKEN comes from the environment, and without it the admin routes do not exist (404).
 */
import { createMiddleware } from 'hono/factory';
import type { OrganizationKind, Role } from '../../shared/profiles';
import type { AppEnv } from '../env';
import { ProblemError } from './problem';

export interface Caller {
  tokenId: string;
  role: Role;
  /** The token's label: whose token it is (a person's name), or null. */
  label: string | null;
  organization: { id: string; name: string; kind: OrganizationKind };
}

export type AuthEnv = AppEnv & { Variables: { caller: Caller } };

const encoder = new TextEncoder();

/** Hex SHA-256 via Web Crypto: what is stored for a token. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A new token: 32 random bytes, base64url, with a prefix that makes leaked tokens easy to spot. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `vdg_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
}

function bearer(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

const unauthorized = (detail: string) => new ProblemError(401, detail, { headers: { 'www-authenticate': 'Bearer realm="vaardig"' } });

/** Requires an organisation token; sets `caller`. */
export const requireCaller = createMiddleware<AuthEnv>(async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (!token) throw unauthorized('Send your Vaardig API token as "Authorization: Bearer <token>".');
  const row = await c.env.DB.prepare(
    `SELECT t.id AS token_id, t.role, t.label, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
       FROM api_tokens t JOIN organizations o ON o.id = t.organization_id
      WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
  )
    .bind(await sha256Hex(token))
    .first<{ token_id: string; role: Role; label: string | null; org_id: string; org_name: string; org_kind: OrganizationKind }>();
  if (!row) throw unauthorized('This API token is not known or was revoked. Ask your organisation for a new one.');
  c.set('caller', {
    tokenId: row.token_id,
    role: row.role,
    label: row.label?.trim() || null,
    organization: { id: row.org_id, name: row.org_name, kind: row.org_kind },
  });
  await next();
});

/** Timing-safe comparison of two strings through their digests (equal length by construction). */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = (await Promise.all([a, b].map((s) => crypto.subtle.digest('SHA-256', encoder.encode(s))))).map((d) => new Uint8Array(d));
  let difference = 0;
  for (let i = 0; i < x!.length; i++) difference |= x![i]! ^ y![i]!;
  return difference === 0;
}

/**
 * Requires the bootstrap ADMIN_TOKEN. When it is not configured, or the caller does not present
 * it, the admin routes answer 404 like any path that does not exist: no hint that they are there.
 */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const configured = c.env.ADMIN_TOKEN;
  const token = bearer(c.req.header('authorization'));
  if (!configured || !token || !(await sameSecret(token, configured))) {
    throw new ProblemError(404, `There is nothing at ${c.req.method} ${new URL(c.req.url).pathname}.`);
  }
  await next();
});
