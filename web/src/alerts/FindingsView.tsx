import { useTranslation } from 'react-i18next';
import { fetchFindings } from '../api/endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { SeverityChip } from '../components/Labels.tsx';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDateTime, formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { QueueTabs } from './QueueTabs.tsx';
import { FINDING_KINDS, FINDING_SEVERITIES } from './vocabulary.ts';

const PAGE_SIZE = 100;

/** Diversion findings, filtered by kind and severity; each opens its consignment. */
export function FindingsView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const kind = search.get('kind') ?? '';
  const severity = search.get('severity') ?? '';
  const offset = Math.max(0, Number(search.get('offset')) || 0);
  const { state, retry } = useAsync(
    (signal) =>
      fetchFindings(
        { kind: kind || undefined, severity: severity || undefined, limit: PAGE_SIZE, offset },
        signal,
      ),
    [kind, severity, offset],
  );
  const lang = i18n.language;
  const go = (next: { kind?: string; severity?: string; offset?: number }) => {
    const query: Record<string, string> = {};
    const k = next.kind ?? kind;
    const s = next.severity ?? severity;
    if (k) query.kind = k;
    if (s) query.severity = s;
    if (next.offset) query.offset = String(next.offset);
    navigate('/findings', query);
  };
  return (
    <section className="panel" aria-labelledby="findings-title">
      <header className="panel-head">
        <h1 id="findings-title">{t('alerts.title')}</h1>
        <QueueTabs current="findings" />
      </header>
      <div className="filter-bar" role="search" aria-label={t('filters.label')}>
        <label className="filter">
          <span>{t('filters.kind')}</span>
          <select value={kind} onChange={(e) => go({ kind: e.target.value, offset: 0 })}>
            <option value="">{t('filters.any')}</option>
            {FINDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`, { defaultValue: k })}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{t('filters.severity')}</span>
          <select value={severity} onChange={(e) => go({ severity: e.target.value, offset: 0 })}>
            <option value="">{t('filters.any')}</option>
            {FINDING_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: t('findings.emptyTitle'), hint: t('findings.emptyHint') }}
      >
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table queue-table">
                <thead>
                  <tr>
                    <th scope="col">{t('alerts.column.severity')}</th>
                    <th scope="col">{t('filters.kind')}</th>
                    <th scope="col">{t('consignment.bol')}</th>
                    <th scope="col">{t('findings.explanation')}</th>
                    <th scope="col">{t('findings.computed')}</th>
                    <th scope="col">{t('alerts.column.marking')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((f) => (
                    <tr key={f.id} data-finding-id={f.id}>
                      <td>{f.severity && <SeverityChip severity={f.severity} />}</td>
                      <td>{t(`kind.${f.kind}`, { defaultValue: f.kind })}</td>
                      <td className="mono">
                        {f.billOfLading ? (
                          <a href={hrefFor(`/consignments/${encodeURIComponent(f.billOfLading)}`)}>
                            {f.billOfLading}
                          </a>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td className="wrap">
                        {f.explanation
                          ? lang.startsWith('es')
                            ? f.explanation.es
                            : f.explanation.en
                          : (f.summary ?? '—')}
                      </td>
                      <td>{formatDateTime(f.computedAt ?? f.detectedAt, lang, 'short')}</td>
                      <td>{f.marking && <MarkingBadge marking={f.marking} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t('pager.label')}>
              <span className="pager-range">
                {formatNumber(offset + 1, lang)}–{formatNumber(offset + data.items.length, lang)}
              </span>
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => go({ offset: Math.max(0, offset - PAGE_SIZE) })}
              >
                ‹ {t('pager.previous')}
              </button>
              <button
                type="button"
                disabled={data.items.length < PAGE_SIZE}
                onClick={() => go({ offset: offset + PAGE_SIZE })}
              >
                {t('pager.next')} ›
              </button>
            </nav>
          </>
        )}
      </AsyncContent>
    </section>
  );
}
