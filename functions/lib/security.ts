import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { ProblemError } from './problem';

const EXTENSION_ORIGIN = /^(chrome|moz|safari-web)-extension:\/\/[a-z0-9-]+$/i;

/**
 * CORS for the extension's own origins and the sites a deployer lists in ALLOWED_ORIGINS.
 * EXTENSION_ORIGINS, when set, narrows extension origins to the published extension ids.
 */
export function corsForExtension(): MiddlewareHandler<{ Bindings: Env }> {
  return (c, next) =>
    cors({
      origin: (origin) => {
        const listed = (value: string | undefined) =>
          (value ?? '')
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean);
        const extensions = listed(c.env.EXTENSION_ORIGINS);
        const allowed = extensions.length ? extensions.includes(origin) : EXTENSION_ORIGIN.test(origin);
        return allowed || listed(c.env.ALLOWED_ORIGINS).includes(origin) ? origin : null;
      },
      allowHeaders: ['content-type', 'authorization', 'if-match', 'if-none-match', 'idempotency-key'],
      exposeHeaders: ['etag', 'retry-after', 'location'],
      maxAge: 600,
    })(c, next);
}

/** Security headers on every response; the API serves JSON only, so the CSP forbids everything. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  crossOriginResourcePolicy: 'cross-origin',
  referrerPolicy: 'no-referrer',
});

/** Request bodies over 2 MB (a full HTML page) are refused before they are read. */
export const requestSizeLimit = bodyLimit({
  maxSize: 2 * 1024 * 1024,
  onError: () => {
    throw new ProblemError(413, 'The request body is larger than 2 MB. Send the vacancy text rather than the whole page.');
  },
});
