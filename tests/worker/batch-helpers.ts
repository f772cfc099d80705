/** Helpers for the batch tests (issue 20): uploads through the real Worker, and waiting for the real queue. */
import { expect, vi } from 'vitest';
import type { Batch } from '../../shared/batches';
import { BASE, call, worker } from './profiles-helpers';

export const NL_POSTING = (title: string) => `${title}

Wat ga je doen?
- Je plant de ritten en houdt de voorraad bij

Wat vragen wij?
- Een afgeronde mbo niveau 3 opleiding logistiek
- Minimaal 5 jaar ervaring in een magazijn
- Je bent stressbestendig en flexibel

Wat bieden wij?
- Een goed salaris en een vast contract`;

export const GERMAN_POSTING = `Lagermitarbeiter (m/w/d)

Was Sie erwarten:
- Sie kommissionieren Waren und bereiten Lieferungen vor
- Abgeschlossene Berufsausbildung als Fachkraft für Lagerlogistik
- Sie arbeiten gerne im Team und sind zuverlässig und pünktlich`;

/** Sends a raw body (a file) with its media type. */
export async function upload(token: string, body: BodyInit, contentType: string | null, headers: Record<string, string> = {}, query = '') {
  const response = await worker.fetch(`${BASE}/v1/batches${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(contentType ? { 'content-type': contentType } : {}), ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** A file in a multipart body (the field `file`), with the options as fields. */
export function multipart(name: string, type: string, content: BlobPart, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set('file', new File([content], name, { type }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/** Polls the batch until the queue has settled every item. */
export async function settled(token: string, id: string, timeout = 30_000): Promise<Batch> {
  return vi.waitUntil(
    async () => {
      const { status, body } = await call('GET', `/v1/batches/${id}`, { token });
      expect(status).toBe(200);
      return body.status === 'done' || body.status === 'failed' ? (body as Batch) : undefined;
    },
    { timeout, interval: 100 },
  );
}

export async function results(token: string, id: string, format?: 'csv') {
  const response = await worker.fetch(`${BASE}/v1/batches/${id}/results${format ? `?format=${format}` : ''}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  // Decoded by hand: workerd warns when .text() reads a body that is not text/*.
  return { status: response.status, type: response.headers.get('content-type'), text: new TextDecoder().decode(await response.arrayBuffer()) };
}
