/**
 * Starts the Anthropic stand-in for the Worker tests (vitest globalSetup, runs in Node). The port
 * was chosen by vitest.workers.config.mts, which also hands the URL to the Worker as the binding
 * ANTHROPIC_STAND_IN_URL; tests pass it on as ANTHROPIC_BASE_URL for the requests that need Claude.
 */
import { startStandIn } from '../support/anthropic-stand-in';

export default async function setup(): Promise<() => Promise<void>> {
  const standIn = await startStandIn({ port: Number(process.env.VAARDIG_STAND_IN_PORT) });
  return () => standIn.close();
}
