import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http.ts';
import { writeReport } from '../api/intake-endpoints.ts';
import { useMe } from '../session/SessionContext.tsx';
import { hrefFor, navigate } from '../shell/router.ts';
import { draftMarking } from './report-state.ts';
import '../intake/intake.css';

/** A new report, saved as a draft only the writer's agency reads; it is marked and released from its page. */
export function ReportForm() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const report = await writeReport(title.trim(), body, draftMarking(me.agency.nation));
      navigate(`/reports/${encodeURIComponent(report.id)}`);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.localized(i18n.language) : t('errors.generic'));
      setSaving(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="report-form-title">
      <p>
        <a href={hrefFor('/reports')}>{t('reports.back')}</a>
      </p>
      <h1 id="report-form-title">{t('reports.form.title')}</h1>
      <p className="muted">{t('reports.state.draft')}</p>
      <form className="report-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('reports.form.titleLabel')}
          <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('reports.form.body')}
          <textarea required maxLength={100_000} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {t('reports.form.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
