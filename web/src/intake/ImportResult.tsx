import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format.ts';
import { errorReportCsv, errorRows } from './row-errors.ts';
import type { ImportOutcome } from './upload.ts';

/** Rows listed on screen; the download always has them all. */
const SHOWN = 200;

function counts(outcome: ImportOutcome): { key: string; value: number }[] {
  switch (outcome.kind) {
    case 'epcis': {
      const e = outcome.summary;
      return [
        { key: 'events', value: e.events },
        { key: 'imported', value: e.stored },
        { key: 'already', value: e.alreadyStored },
        { key: 'rejected', value: e.rejected },
      ];
    }
    case 'declarations': {
      const d = outcome.summary;
      return [
        { key: 'rows', value: d.rows },
        { key: 'imported', value: d.imported },
        { key: 'already', value: d.already_imported },
        { key: 'rejected', value: d.rejected },
      ];
    }
    case 'incidents':
    case 'fieldReports': {
      const e = outcome.summary;
      return [
        { key: 'rows', value: e.rows },
        { key: 'imported', value: e.imported },
        { key: 'updated', value: e.updated },
        { key: 'already', value: e.unchanged },
        { key: 'rejected', value: e.rejected },
      ];
    }
    default: {
      const r = outcome.summary;
      return [
        { key: 'rows', value: r.rows },
        { key: 'imported', value: r.imported },
        { key: 'rejected', value: r.rejected },
      ];
    }
  }
}

/** What an import did: counts, whether screening or analysis ran, and every row with an error. */
export function ImportResult({ file, outcome }: { file: string; outcome: ImportOutcome }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = errorRows(outcome, t, lang);
  const lineHead = outcome.kind === 'epcis' ? t('intake.errors.event') : t('intake.errors.line');
  const header = [lineHead, t('intake.errors.field'), t('intake.errors.message')] as const;
  const download = () => {
    const blob = new Blob([errorReportCsv(rows, header)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${file.replace(/\.[^.]+$/, '')}-${t('intake.errors.fileName')}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  const n = (value: number) => formatNumber(value, lang);
  let analysis: string;
  if (outcome.kind === 'declarations') {
    const { verdicts, alerts } = outcome.summary;
    analysis = t('intake.result.screened', {
      controlled: n(verdicts.controlled),
      analog: n(verdicts.analog),
      watch: n(verdicts.watch),
      clear: n(verdicts.clear),
      alerts: n(alerts.controlled + alerts.analog + alerts.watch),
    });
  } else if (outcome.kind === 'incidents' || outcome.kind === 'fieldReports') {
    analysis = t(`intake.result.${outcome.kind}Stored`);
  } else if (outcome.summary.analysis) {
    analysis = t('intake.result.analysed', {
      consignments: n(outcome.summary.analysis.consignments),
      findings: n(outcome.summary.analysis.findings),
    });
  } else analysis = t('intake.result.notAnalysed');

  return (
    <section className="intake-result" aria-labelledby="intake-result-title">
      <h2 id="intake-result-title">{t('intake.result.title', { file })}</h2>
      <dl className="intake-counts">
        {counts(outcome).map(({ key, value }) => (
          <div key={key}>
            <dt>{t(`intake.result.${key}`)}</dt>
            <dd data-testid={`count-${key}`}>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <p data-testid="analysis">{analysis}</p>
      <h3>{t('intake.errors.title')}</h3>
      {rows.length === 0 ? (
        <p>{t('intake.errors.none')}</p>
      ) : (
        <>
          <button type="button" onClick={download}>
            {t('intake.errors.download')}
          </button>
          {rows.length > SHOWN && (
            <p className="muted">
              {t('intake.errors.truncated', { shown: n(SHOWN), total: n(rows.length) })}
            </p>
          )}
          <div className="table-scroll">
            <table className="data-table intake-errors">
              <caption className="visually-hidden">{t('intake.errors.title')}</caption>
              <thead>
                <tr>
                  {header.map((label) => (
                    <th key={label} scope="col">
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, SHOWN).map((row, i) => (
                  <tr key={`${row.line}-${row.field}-${i}`}>
                    <td>
                      {outcome.kind === 'epcis' && row.line === 0 ? t('intake.errors.document') : n(row.line)}
                    </td>
                    <td>
                      <code>{row.field}</code>
                    </td>
                    <td>{row.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
