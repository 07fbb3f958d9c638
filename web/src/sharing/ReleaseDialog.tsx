import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchAgencies, fetchNations } from '../api/identity-endpoints.ts';
import { ApiError } from '../api/http.ts';
import { previewRelease, releaseRecords } from '../api/sharing-endpoints.ts';
import { TLP_LEVELS, type ReleasePreview, type Tlp } from '../api/types.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { useAsync } from '../components/useAsync.ts';
import { useMe } from '../session/SessionContext.tsx';
import { selection, useSelection } from './selection.ts';

/**
 * Releasing the selected records in one act (issue 18): choose the nations, the agencies named as recipients (their
 * nation comes with them: a recipient reads only where its nation is releasable) and, optionally, one TLP; preview
 * what the receivers will see — record by record, who reads it now and who will after, or why it would be refused —
 * then give the justification the audit keeps and confirm. The server applies all or nothing.
 */
export function ReleaseDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const titleId = useId();
  const items = useSelection();
  const first = useRef<HTMLHeadingElement>(null);
  const { state } = useAsync(
    async (signal) => ({ nations: await fetchNations(signal), agencies: await fetchAgencies(signal) }),
    [],
  );
  const [tlp, setTlp] = useState<Tlp | ''>('');
  const [nations, setNations] = useState<string[]>([]);
  const [agencies, setAgencies] = useState<string[]>([]);
  const [preview, setPreview] = useState<ReleasePreview | null>(null);
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  // the preview speaks of the change and the records it was asked about: any edit needs a new one
  useEffect(() => setPreview(null), [tlp, nations, agencies, items]);

  const records = items.map(({ table, id }) => ({ table, id }));
  const change = { ...(tlp ? { tlp } : {}), releaseTo: nations, recipients: agencies };
  const label = (table: string, id: string) =>
    items.find((s) => s.table === table && s.id === id)?.label ?? `${table}/${id}`;
  const explain = (cause: unknown) =>
    cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic');
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  const showPreview = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setPreview(await previewRelease(records, change));
    } catch (cause) {
      setError(explain(cause));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await releaseRecords(records, change, justification.trim());
      setDone(result.changed);
      selection.clear();
    } catch (cause) {
      setError(explain(cause));
    } finally {
      setBusy(false);
    }
  };

  const agencyList = state.status === 'ready' ? state.data.agencies : [];
  const nationList = state.status === 'ready' ? state.data.nations : [];
  return (
    <div className="release-dialog-backdrop">
      <div className="release-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} tabIndex={-1} ref={first}>
          {t('sharing.dialog.title')}
        </h2>
        {done !== null ? (
          <>
            <p role="status">{t('sharing.dialog.done', { count: done })}</p>
            <button type="button" onClick={onClose}>
              {t('sharing.dialog.close')}
            </button>
          </>
        ) : (
          <form onSubmit={(event) => void showPreview(event)}>
            <p className="muted">{t('sharing.dialog.intro')}</p>
            <label>
              {t('sharing.dialog.tlp')}{' '}
              <select
                value={tlp}
                onChange={(e) => setTlp(TLP_LEVELS.find((level) => level === e.target.value) ?? '')}
              >
                <option value="">{t('sharing.dialog.keepTlp')}</option>
                {TLP_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    TLP:{level.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
            <fieldset>
              <legend>{t('sharing.dialog.nations')}</legend>
              {nationList
                .filter((n) => n.code !== me.agency.nation)
                .map((n) => (
                  <label key={n.code} className="check">
                    <input
                      type="checkbox"
                      checked={nations.includes(n.code)}
                      onChange={() => setNations(toggle(nations, n.code))}
                    />{' '}
                    {n.code}
                  </label>
                ))}
            </fieldset>
            <fieldset>
              <legend>{t('sharing.dialog.agencies')}</legend>
              {agencyList
                .filter((a) => a.code !== me.agency.code)
                .map((a) => (
                  <label key={a.code} className="check">
                    <input
                      type="checkbox"
                      checked={agencies.includes(a.code)}
                      onChange={() => {
                        setAgencies(toggle(agencies, a.code));
                        if (!agencies.includes(a.code) && !nations.includes(a.nation))
                          setNations([...nations, a.nation]);
                      }}
                    />{' '}
                    <span className="mono">{a.code}</span> ({a.nation})
                  </label>
                ))}
            </fieldset>
            <p>
              <button type="submit" disabled={busy || records.length === 0}>
                {busy && !preview ? t('sharing.dialog.previewing') : t('sharing.dialog.preview')}
              </button>{' '}
              <button type="button" onClick={onClose}>
                {t('sharing.dialog.cancel')}
              </button>
            </p>
            {preview && (
              <PreviewTable
                preview={preview}
                label={label}
                onRemove={(table, id) => selection.remove({ table, id })}
              />
            )}
            {preview && (
              <>
                <label>
                  {t('sharing.dialog.justification')}
                  <textarea
                    required
                    maxLength={1000}
                    value={justification}
                    onChange={(e) => setJustification(e.target.value)}
                  />
                </label>
                <p>
                  <button
                    type="button"
                    className="primary"
                    disabled={busy || !preview.accepted || justification.trim() === ''}
                    onClick={() => void confirm()}
                  >
                    {busy ? t('sharing.dialog.releasing') : t('sharing.dialog.confirm')}
                  </button>
                </p>
              </>
            )}
            {error && (
              <p role="alert" className="refused">
                {error}
              </p>
            )}
          </form>
        )}
      </div>
    </div>
  );
}

/** Record by record: its marking now and after, who will read it that does not now, or why it would be refused. */
function PreviewTable({
  preview,
  label,
  onRemove,
}: {
  preview: ReleasePreview;
  label: (table: string, id: string) => string;
  onRemove: (table: string, id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {!preview.accepted && (
        <p role="alert" className="refused">
          {t('sharing.dialog.refusedSome')}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('sharing.dialog.record')}</th>
              <th scope="col">{t('sharing.dialog.outcome')}</th>
              <th scope="col">{t('sharing.dialog.gains')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('sharing.dialog.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.records.map((r) => {
              const gains = r.readersAfter.filter((a) => !r.readersBefore.includes(a));
              return (
                <tr key={`${r.table}/${r.id}`} data-refused={r.refusal ?? undefined}>
                  <td>{label(r.table, r.id)}</td>
                  <td className={r.refusal ? 'refused' : undefined}>
                    {r.refusal ? (
                      t(`sharing.dialog.refusal.${r.refusal}`)
                    ) : r.unchanged ? (
                      t('sharing.dialog.unchanged')
                    ) : (
                      <>
                        {r.before && <MarkingBadge marking={r.before} />} →{' '}
                        {r.after && <MarkingBadge marking={r.after} />}
                      </>
                    )}
                  </td>
                  <td className="mono">{r.refusal ? '—' : gains.join(', ') || t('sharing.dialog.nobody')}</td>
                  <td>
                    <button type="button" onClick={() => onRemove(r.table, r.id)}>
                      {t('sharing.dialog.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
