/**
 * The outbox is retried by an alarm, so a submission made offline reaches the API even after the
 * side panel is closed (#18). Whoever flushes (the panel, the background script) then sets the
 * alarm for the next item still waiting, or clears it when nothing waits; the background script
 * flushes when it fires. Items keep their key, so a panel and an alarm sending the same item at
 * once still make one profile (the key is the Idempotency-Key).
 */
import type { Outbox, Send } from './outbox';

export const OUTBOX_ALARM = 'vaardig-outbox';

/** The part of `browser.alarms` used here; tests pass their own. */
export interface Alarms {
  create(name: string, info: { when: number }): Promise<void> | void;
  // biome-ignore lint/suspicious/noConfusingVoidType: browser.alarms.clear answers a promise, Chrome's callback form nothing
  clear(name: string): Promise<boolean> | boolean | void;
}

/**
 * Sets the alarm for the earliest waiting item and returns its time, or clears it and returns null.
 * (Chrome fires a published extension's alarm 30 s after it is set at the soonest; fine for a retry.)
 */
export async function scheduleRetry(box: Outbox, alarms: Alarms, now = Date.now()): Promise<number | null> {
  const waiting = await box.pending();
  if (!waiting.length) {
    await alarms.clear(OUTBOX_ALARM);
    return null;
  }
  const when = Math.max(now, Math.min(...waiting.map((item) => item.nextAttemptAt)));
  await alarms.create(OUTBOX_ALARM, { when });
  return when;
}

/** What the alarm runs: send what is due, then set the alarm for what still waits. */
export async function retryOutbox(box: Outbox, send: Send, alarms: Alarms, now = Date.now) {
  const changed = await box.flush(send);
  await scheduleRetry(box, alarms, now());
  return changed;
}

/** Background wiring: retry when the alarm fires, and at browser start (alarms need not survive a restart). */
export function registerOutboxRetry(retry: () => Promise<unknown>): void {
  const run = () => void retry().catch((error: unknown) => console.error('Vaardig outbox:', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) run();
  });
  browser.runtime.onStartup.addListener(run);
}
