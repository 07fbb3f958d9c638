import { useTranslation } from 'react-i18next';
import { SOURCE_TYPES } from '../../../src/shared/evidence.ts';
import { fetchFieldReports } from '../api/evidence-endpoints.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { formatDateTime } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { fieldReportTable } from './exports.ts';
import { placeText } from './place-text.ts';

/** Field reports the user may see, latest first, by source type and days, with their Admiralty grading. */
export function FieldReportListView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <EvidenceList
      search={search}
      list="field-reports"
      choice={{
        name: 'sourceType',
        values: SOURCE_TYPES,
        label: t('incidents.filters.sourceType'),
        optionLabel: (sourceType) => t(`incidents.sourceType.${sourceType}`),
      }}
      load={fetchFieldReports}
      exportTable={(filters, progress) => fieldReportTable(t, filters, progress)}
      text={{
        title: t('incidents.fieldReports'),
        record: t('incidents.record.fieldReport'),
        exportFile: t('incidents.export.reportsFile'),
        empty: t('incidents.emptyReports'),
      }}
      columns={[
        t('incidents.columns.report'),
        t('incidents.columns.when'),
        t('incidents.columns.place'),
        t('incidents.columns.sourceType'),
        t('incidents.columns.grading'),
        t('incidents.columns.indicators'),
        t('incidents.columns.marking'),
      ]}
      row={(report) => (
        <tr data-report-id={report.id}>
          <td className="mono">
            <a href={hrefFor(`/field-reports/${encodeURIComponent(report.id)}`)}>{report.reportId}</a>
          </td>
          <td className="nowrap">{formatDateTime(report.observedAt, lang)}</td>
          <td>{placeText(report, lang)}</td>
          <td>{t(`incidents.sourceType.${report.sourceType}`)}</td>
          <td className="mono" title={t(`incidents.reliability.${report.reliability}`)}>
            {report.reliability}
            {report.credibility}
          </td>
          <td>
            {report.indicators.length === 0
              ? '—'
              : report.indicators.map((i) => t(`incidents.indicator.${i}`)).join(', ')}
          </td>
          <td>
            <MarkingBadge marking={report.marking} compact />
          </td>
        </tr>
      )}
    />
  );
}
