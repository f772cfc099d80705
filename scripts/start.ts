/**
 * `npm start`: prepares what is missing (data indexes, local D1), serves the API at
 * http://127.0.0.1:8787 (PORT overrides), builds the extension and says how to load it.
 * Ctrl-C stops everything. `npm run dev` does the same with `wrangler dev`, which reloads the
 * Worker on every change.
 */
import { resolve } from 'node:path';
import { run, stopAllOnSignal } from './lib/processes';
import { startWorker } from './start-worker';

stopAllOnSignal();
const port = Number(process.env.PORT ?? 8787);
const dev = process.argv.includes('--dev');
const worker = await startWorker(port, '.wrangler/state', { dev });
void worker.exited.then((code) => process.exit(code));

await run('npx', ['wxt', 'build'], { env: { ...process.env, WXT_API_BASE: `http://127.0.0.1:${port}` } });
console.log(`
Vaardig is running.
  API:        http://127.0.0.1:${port}   (try: curl -s http://127.0.0.1:${port}/v1/health)
  Extension:  ${resolve('.output/chrome-mv3')}
Load it in Chromium or Chrome: open chrome://extensions, switch on Developer mode, choose
"Load unpacked" and pick the folder above. Click the Vaardig icon on a vacancy page to open the
side panel. Press Ctrl-C to stop.
`);
