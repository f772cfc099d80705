/**
 * `vaardig admin …`: bootstrap organisations, team → employer links and API tokens over HTTP,
 * with the ADMIN_TOKEN the Worker was started with.
 */
import { parseArgs } from 'node:util';
import { ClientLink, CreateOrganization, CreateToken, Organization, TokenCreated, TokenList } from '../../shared/profiles';
import { Problem } from '../../shared/problem';
import * as z from 'zod';

export const ADMIN_USAGE = `usage: vaardig admin <command> [--api URL] (ADMIN_TOKEN from the environment; --api or VAARDIG_API, default http://127.0.0.1:8787)
  create-org --name NAME --kind employer|expertise_team      prints { id, name, kind }
  link --team TEAM_ID --employer EMPLOYER_ID                   the team serves the employer
  create-token --org ORG_ID --role member|reviewer|admin [--label NAME]
                                                               prints { id, token, ... }; the token is shown once;
                                                               NAME is the person's name, shown on their comments
  list-tokens [--org ORG_ID]                                   prints the tokens (never the secret), revoked ones with revokedAt
  revoke-token --id TOKEN_ID                                   the token gets 401 from now on
  list-orgs                                                    prints every organisation`;

async function request<T extends z.ZodType>(api: string, token: string, method: string, path: string, schema: T, body?: unknown): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(`${api.replace(/\/+$/, '')}/v1/admin${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new Error(`the API at ${api} cannot be reached (is it running? npm start)`);
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return schema.parse(json);
  if (response.status === 404 && json !== null && /There is nothing at/.test(JSON.stringify(json))) {
    throw new Error(`the API answered 404: either ADMIN_TOKEN does not match the one the Worker was started with, or the Worker has none`);
  }
  const problem = Problem.safeParse(json);
  throw new Error(problem.success ? problem.data.detail : `the API answered ${response.status}`);
}

/** Parse flags with the API's own schema; a bad value becomes one clear line. */
function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
}

const need = (value: string | undefined, flag: string): string => {
  if (!value) throw new Error(`${flag} is required\n${ADMIN_USAGE}`);
  return value;
};

/** `vaardig admin COMMAND`. Long: one short case per command, over the same flags and API call. */
export async function admin(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      api: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      team: { type: 'string' },
      employer: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string' },
      label: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const [command] = positionals;
  if (!command || command === 'help') {
    console.error(ADMIN_USAGE);
    return 2;
  }
  const token = process.env.ADMIN_TOKEN;
  if (!token) throw new Error('set ADMIN_TOKEN to the token the Worker was started with (npm start passes it through)');
  const api = values.api ?? process.env.VAARDIG_API ?? 'http://127.0.0.1:8787';
  if (!URL.canParse(api)) throw new Error(`--api ${api}: not a full address (http://...)`);

  let result: unknown;
  switch (command) {
    case 'create-org': {
      const body = parse(CreateOrganization, { name: need(values.name, '--name'), kind: need(values.kind, '--kind') });
      result = await request(api, token, 'POST', '/organizations', Organization, body);
      break;
    }
    case 'link': {
      const team = need(values.team, '--team');
      result = await request(api, token, 'POST', `/organizations/${encodeURIComponent(team)}/clients`, ClientLink, {
        employerId: need(values.employer, '--employer'),
      });
      break;
    }
    case 'create-token': {
      const body = parse(CreateToken, { organizationId: need(values.org, '--org'), role: need(values.role, '--role'), label: values.label });
      result = await request(api, token, 'POST', '/tokens', TokenCreated, body);
      break;
    }
    case 'list-tokens':
      result = (await request(api, token, 'GET', `/tokens${values.org ? `?organizationId=${encodeURIComponent(values.org)}` : ''}`, TokenList)).tokens;
      break;
    case 'revoke-token': {
      const id = need(values.id, '--id');
      await request(api, token, 'DELETE', `/tokens/${encodeURIComponent(id)}`, z.null());
      result = { id, revoked: true };
      break;
    }
    case 'list-orgs':
      result = (await request(api, token, 'GET', '/organizations', z.object({ organizations: z.array(Organization) }))).organizations;
      break;
    default:
      throw new Error(`unknown admin command "${command}"\n${ADMIN_USAGE}`);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}
