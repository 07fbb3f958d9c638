import { useTranslation } from 'react-i18next';
import { fetchDashboard } from '../api/endpoints.ts';
import type { DashboardData } from '../api/types.ts';
import { AsyncContent } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatDate, formatNumber } from '../format.ts';
import { PORTS } from '../alerts/vocabulary.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { BarFigure, type BarRow } from './BarFigure.tsx';
import './dashboard.css';

/** The periods offered, in weeks (the API takes 1–104). */
export const PERIODS = [4, 12, 26, 52, 104] as const;
const DEFAULT_WEEKS = 12;

const portName = (locode: string) => PORTS.find((p) => p.locode === locode)?.name ?? locode;

/**
 * What a commander or an analyst reads first thing: how many alerts and findings, where, of what, week by week,
 * and how long the open alerts have waited — counted over what the user's agency may see. Each bar links to the
 * list it counts, filtered.
 */
export function DashboardView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const asked = Number(search.get('weeks'));
  const weeks = PERIODS.find((p) => p === asked) ?? DEFAULT_WEEKS;
  const { state, retry } = useAsync((signal) => fetchDashboard(weeks, signal), [weeks]);
  return (
    <section className="panel" aria-labelledby="dashboard-title">
      <header className="panel-head">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <label className="dashboard-period">
          {t('dashboard.weeks')}
          <select value={weeks} onChange={(event) => navigate('/dashboard', { weeks: event.target.value })}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t('dashboard.weeksOption', { count: p })}
              </option>
            ))}
          </select>
        </label>
      </header>
      <p className="muted">{t('dashboard.intro')}</p>
      <AsyncContent
        state={state}
        retry={retry}
        isEmpty={(data) => data.alerts.byWeek.length === 0 && data.findings.byWeek.length === 0}
        empty={{ title: t('dashboard.empty'), hint: t('dashboard.emptyHint') }}
      >
        {(data) => <Figures data={data} lang={lang} />}
      </AsyncContent>
    </section>
  );
}

function Figures({ data, lang }: { data: DashboardData; lang: string }) {
  const { t } = useTranslation();
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const totals = [
    { key: 'alerts', value: sum(data.alerts.byStatus.map((s) => s.alerts)) },
    { key: 'openAlerts', value: sum(data.alerts.openByAge.map((a) => a.alerts)) },
    { key: 'findings', value: sum(data.findings.byKind.map((k) => k.findings)) },
    { key: 'openFindings', value: sum(data.findings.byKind.map((k) => k.open)) },
  ] as const;
  const weeks = new Map<string, BarRow>();
  const week = (day: string) => {
    const row = weeks.get(day) ?? { key: day, label: formatDate(`${day}T12:00:00Z`, lang), values: {} };
    weeks.set(day, row);
    return row;
  };
  for (const w of data.alerts.byWeek) week(w.week).values.alerts = w.alerts;
  for (const w of data.findings.byWeek) week(w.week).values.findings = w.findings;
  const byWeek = [...weeks.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const range = { from: data.window.from, to: data.window.to };
  return (
    <>
      <p className="dashboard-window">
        {t('dashboard.window', {
          from: formatDate(`${range.from}T12:00:00Z`, lang),
          to: formatDate(`${range.to}T12:00:00Z`, lang),
        })}
      </p>
      <dl className="dashboard-totals">
        {totals.map((total) => (
          <div key={total.key}>
            <dt>{t(`dashboard.totals.${total.key}`)}</dt>
            <dd>{formatNumber(total.value, lang)}</dd>
          </div>
        ))}
      </dl>
      <div className="dashboard-grid">
        <BarFigure
          title={t('dashboard.charts.byWeek')}
          rows={byWeek}
          series={[
            { key: 'alerts', label: t('dashboard.series.alerts') },
            { key: 'findings', label: t('dashboard.series.findings') },
          ]}
        />
        <BarFigure
          title={t('dashboard.charts.byPort')}
          layout="rows"
          rows={data.alerts.byPort.map((p) => ({
            key: p.port,
            label: portName(p.port),
            href: hrefFor('/alerts', { port: p.port, ...range }),
            values: { alerts: p.alerts, open: p.open },
          }))}
          series={[
            { key: 'alerts', label: t('dashboard.series.alerts') },
            { key: 'open', label: t('dashboard.series.open') },
          ]}
        />
        <BarFigure
          title={t('dashboard.charts.bySubstance')}
          layout="rows"
          rows={data.alerts.bySubstance.slice(0, 10).map((s) => ({
            key: s.substanceId,
            label: s.name ? (lang.startsWith('es') ? s.name.es : s.name.en) : s.substanceId,
            href: hrefFor('/alerts', { substance: s.substanceId, ...range }),
            values: { alerts: s.alerts },
          }))}
          series={[{ key: 'alerts', label: t('dashboard.series.alerts') }]}
        />
        <BarFigure
          title={t('dashboard.charts.byKind')}
          layout="rows"
          rows={data.findings.byKind.map((k) => ({
            key: k.kind,
            label: t(`kind.${k.kind}`, { defaultValue: k.kind }),
            href: hrefFor('/findings', { kind: k.kind }),
            values: { findings: k.findings, open: k.open },
          }))}
          series={[
            { key: 'findings', label: t('dashboard.series.findings') },
            { key: 'open', label: t('dashboard.series.open') },
          ]}
        />
        <BarFigure
          title={t('dashboard.charts.backlog')}
          rows={data.alerts.openByAge.map((a) => ({
            key: a.age,
            label: t(`dashboard.ages.${a.age}`),
            values: { alerts: a.alerts },
          }))}
          series={[{ key: 'alerts', label: t('dashboard.series.alerts') }]}
        />
      </div>
    </>
  );
}
