/** The incidents and field reports lists as CSV/Excel tables, in the user's language, as filtered on screen. */
import type { TFunction } from 'i18next';
import {
  fetchFieldReports,
  fetchIncidents,
  type FieldReportQuery,
  type IncidentQuery,
} from '../api/evidence-endpoints.ts';
import { collectPages } from '../api/pages.ts';
import { EXPORT_MAX_ROWS } from '../components/csv.ts';
import type { ExportTable } from '../components/ExportButton.tsx';

type Progress = (loaded: number, total: number | null) => void;

export async function incidentTable(
  t: TFunction,
  query: Omit<IncidentQuery, 'limit' | 'offset'>,
  onProgress: Progress,
): Promise<ExportTable> {
  const { items, truncated } = await collectPages(
    (limit, offset) => fetchIncidents({ ...query, limit, offset }),
    1000,
    onProgress,
    EXPORT_MAX_ROWS,
  );
  return {
    header: [
      t('incidents.columns.incident'),
      t('incidents.columns.kind'),
      t('incidents.columns.when'),
      t('incidents.columns.place'),
      t('incidents.form.lat'),
      t('incidents.form.lon'),
      t('incidents.columns.substance'),
      t('incidents.columns.quantity'),
      t('incidents.columns.consignment'),
      t('incidents.detail.container'),
      t('incidents.detail.parties'),
      t('incidents.detail.narrative'),
      t('incidents.columns.marking'),
    ],
    rows: items.map((i) => [
      i.incidentId,
      t(`incidents.kind.${i.kind}`),
      i.occurredAt,
      i.place,
      i.lat,
      i.lon,
      [i.substanceName, i.substanceCas].filter(Boolean).join(' '),
      i.quantityKg,
      i.billOfLading,
      i.containerNo,
      [...i.partyRfcs, ...i.partyNames].join('; '),
      i.narrative,
      `TLP:${i.marking.tlp.toUpperCase()} ${i.marking.releasableTo.join(', ')}`,
    ]),
    truncated,
  };
}

export async function fieldReportTable(
  t: TFunction,
  query: Omit<FieldReportQuery, 'limit' | 'offset'>,
  onProgress: Progress,
): Promise<ExportTable> {
  const { items, truncated } = await collectPages(
    (limit, offset) => fetchFieldReports({ ...query, limit, offset }),
    1000,
    onProgress,
    EXPORT_MAX_ROWS,
  );
  return {
    header: [
      t('incidents.columns.report'),
      t('incidents.columns.when'),
      t('incidents.columns.place'),
      t('incidents.form.lat'),
      t('incidents.form.lon'),
      t('incidents.columns.sourceType'),
      t('incidents.detail.reliability'),
      t('incidents.detail.credibility'),
      t('incidents.columns.indicators'),
      t('incidents.detail.narrative'),
      t('incidents.columns.marking'),
    ],
    rows: items.map((r) => [
      r.reportId,
      r.observedAt,
      r.place,
      r.lat,
      r.lon,
      t(`incidents.sourceType.${r.sourceType}`),
      r.reliability,
      r.credibility,
      r.indicators.map((i) => t(`incidents.indicator.${i}`)).join('; '),
      r.narrative,
      `TLP:${r.marking.tlp.toUpperCase()} ${r.marking.releasableTo.join(', ')}`,
    ]),
    truncated,
  };
}
