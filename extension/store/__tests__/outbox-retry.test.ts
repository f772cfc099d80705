import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/client';
import { VaardigDb } from '../db';
import { backoff, outbox, type Send } from '../outbox';
import { OUTBOX_ALARM, registerOutboxRetry, retryOutbox, scheduleRetry, type Alarms } from '../outbox-retry';

let store: VaardigDb;
let clock = 0;
/** The alarm as the browser would hold it: its time, or null when cleared. */
let alarm: number | null;
const alarms: Alarms = {
  create: (name, { when }) => void (name === OUTBOX_ALARM && (alarm = when)),
  clear: (name) => void (name === OUTBOX_ALARM && (alarm = null)),
};
beforeEach(() => {
  store = new VaardigDb(`test-${crypto.randomUUID()}`);
  clock = 1_000_000;
  alarm = null;
});
const box = () => outbox(store, () => clock);
const offline: Send = async () => {
  throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: 'unreachable' });
};

describe('outbox retry by alarm', () => {
  it('sets the alarm for the earliest waiting item after a failed send, and clears it once everything is sent', async () => {
    const item = await box().enqueue('d1', { title: 'x' });
    await box().flush(offline, { force: true });
    expect(await scheduleRetry(box(), alarms, clock)).toBe(clock + backoff(1));
    expect(alarm).toBe(clock + backoff(1));

    // The panel is closed; the alarm fires when the item is due and the background sends it.
    clock = alarm!;
    const sent: string[] = [];
    const [result] = await retryOutbox(
      box(),
      async (it) => sent.push(it.key),
      alarms,
      () => clock,
    );
    expect(result?.status).toBe('sent');
    expect(sent).toEqual([item.key]);
    expect(alarm).toBeNull();
  });

  it('keeps the alarm while the API is still unreachable, later each time', async () => {
    await box().enqueue('d1', {});
    await box().flush(offline, { force: true });
    await scheduleRetry(box(), alarms, clock);
    const times: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      clock = alarm!;
      await retryOutbox(box(), offline, alarms, () => clock);
      times.push(alarm! - clock);
    }
    expect(times).toEqual([backoff(2), backoff(3), backoff(4)]);
  });

  it('sets no alarm for an item that failed for good, and none in the past', async () => {
    await box().enqueue('d1', {});
    await box().flush(async () => {
      throw new ApiError({ type: 'about:blank', title: 'x', status: 422, detail: 'x' });
    });
    expect(await scheduleRetry(box(), alarms, clock)).toBeNull();
    await box().enqueue('d2', {});
    expect(await scheduleRetry(box(), alarms, clock + 60_000)).toBe(clock + 60_000);
  });
});

describe('registerOutboxRetry', () => {
  const listeners = { alarm: [] as Array<(alarm: { name: string }) => void>, startup: [] as Array<() => void> };
  beforeEach(() => {
    listeners.alarm = [];
    listeners.startup = [];
    vi.stubGlobal('browser', {
      alarms: { onAlarm: { addListener: (listener: (alarm: { name: string }) => void) => listeners.alarm.push(listener) } },
      runtime: { onStartup: { addListener: (listener: () => void) => listeners.startup.push(listener) } },
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('retries on its own alarm and at browser start, not on other alarms', () => {
    const retry = vi.fn(async () => []);
    registerOutboxRetry(retry);
    listeners.alarm.forEach((listener) => listener({ name: 'something-else' }));
    expect(retry).not.toHaveBeenCalled();
    listeners.alarm.forEach((listener) => listener({ name: OUTBOX_ALARM }));
    listeners.startup.forEach((listener) => listener());
    expect(retry).toHaveBeenCalledTimes(2);
  });
});
