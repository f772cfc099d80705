/**
 * Batches (#20): an employer uploads a whole function house at once (CSV, JSON Lines or ZIP) and
 * watches the queue translate it. `#/batches` is the upload (an employer's) and the list of batches,
 * `#/batches/<id>` one batch's progress, so a reload keeps watching the same batch.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Batch } from '../../shared/batches';
import { ApiError } from '../../shared/client';
import { i18n } from '@/lib/i18n';
import { messageOf } from './use-review-client';
import { BatchList } from './batch-list';
import { batchResultsCsv, downloadCsv, getBatch, uploadBatch } from './workspace-api';

const POLL_MS = 1000;
/** What is wrong with an uploaded file, by the status the API answers. */
const BATCH_PROBLEM: Record<number, 'unreadable' | 'tooLarge' | 'unsupportedType'> = { 400: 'unreadable', 413: 'tooLarge', 415: 'unsupportedType' };

/** Upload errors say what is wrong with the file; the profile-worded defaults do not fit here. */
function uploadError(error: unknown) {
  const status = error instanceof ApiError ? error.problem.status : -1;
  const problem = BATCH_PROBLEM[status];
  return problem ? i18n.t(`reviewPage.batchProblem.${problem}`) : messageOf(error);
}

export function BatchUpload({ onUploaded }: { onUploaded: (id: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [submit, setSubmit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function send(event: Event) {
    event.preventDefault();
    if (!file) return setError(i18n.t('reviewPage.batchNoFile'));
    setBusy(true);
    setError('');
    try {
      onUploaded((await uploadBatch(file, submit)).id);
    } catch (e) {
      setError(uploadError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="batch-upload-heading">
      <h3 id="batch-upload-heading">{i18n.t('reviewPage.batchUploadHeading')}</h3>
      <p class="muted" id="batch-hint">
        <WithColumns text={i18n.t('reviewPage.batchHint')} />
      </p>
      <form class="batch-upload" onSubmit={send}>
        <label for="batch-file">{i18n.t('reviewPage.batchFile')}</label>
        <input
          id="batch-file"
          type="file"
          accept=".csv,.jsonl,.ndjson,.json,.zip,text/csv,application/zip"
          aria-describedby="batch-hint"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        <label class="inline">
          <input type="checkbox" checked={submit} onChange={(e) => setSubmit(e.currentTarget.checked)} /> {i18n.t('reviewPage.batchSubmit')}
        </label>
        <div class="row">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? i18n.t('reviewPage.batchUploading') : i18n.t('reviewPage.batchUpload')}
          </button>
        </div>
        <p role="alert" class="error" hidden={!error}>
          {error}
        </p>
      </form>
    </section>
  );
}

/** `#/batches`: an employer's upload above the list; a team's reviewers see the list only. */
export function BatchesPage({ canUpload, team, onUploaded }: { canUpload: boolean; team: boolean; onUploaded: (id: string) => void }) {
  return (
    <section aria-labelledby="batches-heading">
      <h2 id="batches-heading" tabIndex={-1}>
        {i18n.t('reviewPage.batches')}
      </h2>
      {canUpload && <BatchUpload onUploaded={onUploaded} />}
      <BatchList team={team} />
    </section>
  );
}

/** Asks for the batch every second until the queue is through with it. */
function useBatch(id: string) {
  const [batch, setBatch] = useState<Batch | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const next = await getBatch(id, controller.signal);
        setBatch(next);
        setError('');
        if (next.status === 'done' || next.status === 'failed') return;
      } catch (e) {
        if (controller.signal.aborted) return;
        // A 404 will not change; anything else (the connection) may, so keep asking.
        setError(e instanceof ApiError && e.problem.status === 404 ? i18n.t('reviewPage.batchMissing') : messageOf(e));
        if (e instanceof ApiError && e.problem.status === 404) return;
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id]);
  return { batch, error };
}

/** Long: one batch's progress, the results' download and its errors in one view. */
export function BatchProgress({ id }: { id: string }) {
  const { batch, error } = useBatch(id);
  const [downloadError, setDownloadError] = useState('');
  const settled = batch?.status === 'done' || batch?.status === 'failed';
  const finished = batch ? batch.done + batch.failed : 0;

  async function download() {
    setDownloadError('');
    await downloadCsv(batchResultsCsv(id), `batch-${id}.csv`).catch((e) => setDownloadError(messageOf(e)));
  }

  return (
    <section aria-labelledby="batches-heading" data-testid="batch" data-status={batch?.status ?? ''}>
      <p>
        <a href="#/batches">{i18n.t('reviewPage.batchAll')}</a>
      </p>
      <h2 id="batches-heading" tabIndex={-1}>
        {i18n.t('reviewPage.batchHeading')}
      </h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!batch && !error && <p class="muted">{i18n.t('reviewPage.loading')}</p>}
      {batch && (
        <>
          <p role="status" data-testid="batch-counts">
            {i18n.t(`reviewPage.batchStatus.${batch.status}`)} · {i18n.t('reviewPage.batchCounts', [batch.done, batch.failed, batch.total])}
          </p>
          <progress max={batch.total} value={finished} aria-label={i18n.t('reviewPage.batchProgress')} />
          {batch.submit && <p class="muted">{i18n.t('reviewPage.batchSubmitted')}</p>}
          {settled && (
            <p>
              <button type="button" class="link" onClick={() => void download()}>
                {i18n.t('reviewPage.batchDownload')}
              </button>
              {downloadError && (
                <span class="error" role="alert">
                  {' '}
                  {downloadError}
                </span>
              )}
            </p>
          )}
          <table class="queue" data-testid="batch-items">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{i18n.t('reviewPage.colTitle')}</th>
                <th scope="col">{i18n.t('reviewPage.batchRef')}</th>
                <th scope="col">{i18n.t('reviewPage.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {batch.items.map((item) => (
                <tr key={item.index} data-item-status={item.status}>
                  <td>{item.index + 1}</td>
                  {/* The uploader's own title and reference, in whatever language they wrote them. */}
                  <td lang="">{item.profileId ? <a href={`#/profiles/${item.profileId}`}>{item.title}</a> : item.title}</td>
                  <td lang="">{item.ref ?? ''}</td>
                  <td>
                    {i18n.t(`reviewPage.batchStatus.${item.status}`)}
                    {/* The API's reason in the page's language (asked with uiLanguage): what was wrong and what to do. */}
                    {item.error && (
                      <>
                        {' '}
                        <span class="error item-error" data-testid="item-error" data-error-code={item.errorCode}>
                          <WithColumns text={item.error} />
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/**
 * A CSV column named in a sentence (‘title’, ‘text’, ‘ref’) and a JSON example ({"title": "…"}) are
 * to be typed as they are, in any language: code (#17).
 */
function WithColumns({ text }: { text: string }) {
  return <>{text.split(/‘(title|text|ref)’|(\{"[^}]*\})/).map((part, i) => (i % 3 ? part && <code key={i}>{part}</code> : part))}</>;
}
