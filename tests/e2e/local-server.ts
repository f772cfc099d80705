import { createServer, type RequestListener } from 'node:http';

/** An HTTP server on 127.0.0.1 at a free port, for one test: a page, an API that fails, or one that never answers. */
export async function localServer(handler: RequestListener): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    close: () => {
      // A server that never answers still holds its connections: drop them, or close waits forever.
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** An address where nothing listens: a server's port, closed again. */
export async function closedOrigin(): Promise<string> {
  const { origin, close } = await localServer(() => undefined);
  await close();
  return origin;
}
