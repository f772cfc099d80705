import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './client';

// A real HTTP server answering like the API does, so the client's parsing is exercised end to end.
let server: Server;
let origin = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/v1/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ status: 'ok', version: '1', engines: ['offline'], data: {} }));
    }
    response.writeHead(400, { 'content-type': 'application/problem+json' });
    response.end(JSON.stringify({ type: 'about:blank', title: 'Bad request', status: 400, detail: 'text: text is empty' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => void server.close());

describe('createApiClient', () => {
  it('parses a good answer with the shared schema', async () => {
    expect((await createApiClient(`${origin}/`).health()).status).toBe('ok');
  });

  it('turns a problem+json answer into an ApiError with the server detail', async () => {
    const error = await createApiClient(origin)
      .translate({ text: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({ status: 400, detail: 'text: text is empty' });
  });

  it('says the API cannot be reached when nothing listens', async () => {
    const error = await createApiClient('http://127.0.0.1:9')
      .health()
      .catch((e: unknown) => e);
    expect((error as ApiError).problem.detail).toMatch(/cannot be reached/);
  });
});
