import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES } from '../../../src/shared/attachments.ts';
import { attachToCase, attachmentHref, fetchAttachments } from '../api/attachment-endpoints.ts';
import { ApiError } from '../api/http.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime } from '../format.ts';

const ACCEPT = [...Object.keys(ATTACHMENT_TYPES), ...Object.values(ATTACHMENT_TYPES)].join(',');

/** A size in the reader's language: bytes, KiB or MiB. */
function sizeOf(bytes: number, lang: string): string {
  const number = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} KiB`;
  return `${number(bytes / (1024 * 1024))} MiB`;
}

/**
 * A case's attachments as far as the reader sees them, each a download (the server sends it as a file to save);
 * whoever works cases attaches one while the case is open. The server checks the type against the file's bytes
 * and marks it as the case; this form only says the limits and refuses a file too large before sending it.
 */
export function AttachmentsSection({ caseId, mayAttach }: { caseId: string; mayAttach: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { state, retry } = useAsync((signal) => fetchAttachments(caseId, signal), [caseId]);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const max = sizeOf(ATTACHMENT_MAX_BYTES, lang);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    if (file.size > ATTACHMENT_MAX_BYTES) {
      setError(t('attachments.tooLarge', { max }));
      return;
    }
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    try {
      await attachToCase(caseId, file);
      form.reset();
      setFile(null);
      retry();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(lang) : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="case-attachments" aria-labelledby="case-attachments-title">
      <h2 id="case-attachments-title">{t('attachments.title')}</h2>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(page) => page.items.length === 0}
        empty={{ title: t('attachments.none') }}
      >
        {(page) => (
          <div className="table-scroll">
            <table className="data-table" data-testid="case-attachments">
              <caption className="visually-hidden">{t('attachments.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('attachments.columns.name')}</th>
                  <th scope="col">{t('attachments.columns.type')}</th>
                  <th scope="col">{t('attachments.columns.size')}</th>
                  <th scope="col">{t('attachments.columns.by')}</th>
                  <th scope="col">{t('attachments.columns.at')}</th>
                  <th scope="col">{t('attachments.columns.marking')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a
                        href={attachmentHref(a.id)}
                        download={a.filename}
                        aria-label={t('attachments.download', { name: a.filename })}
                      >
                        {a.filename}
                      </a>
                    </td>
                    <td className="mono">{ATTACHMENT_TYPES[a.contentType].slice(1).toUpperCase()}</td>
                    <td className="nowrap">{sizeOf(a.sizeBytes, lang)}</td>
                    <td>{a.uploadedByName ?? '—'}</td>
                    <td className="nowrap">{formatDateTime(a.uploadedAt, lang, 'short')}</td>
                    <td>
                      <MarkingBadge marking={a.marking} compact />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AsyncContent>
      {mayAttach && (
        <form className="case-attach-form" aria-label={t('attachments.add')} onSubmit={(e) => void submit(e)}>
          <label>
            {t('attachments.file')}
            <input
              type="file"
              name="file"
              accept={ACCEPT}
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </label>
          <p className="muted">{t('attachments.hint', { max })}</p>
          <button type="submit" disabled={!file || busy}>
            {busy ? t('attachments.uploading') : t('attachments.add')}
          </button>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
