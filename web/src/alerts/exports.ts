/** The alert queue and the findings as CSV tables, in the user's language, as filtered on screen. */
import type { TFunction } from 'i18next';
import type { AlertQueryParams, FindingQueryParams, Marking } from '../api/types.ts';
import { fetchAlerts, fetchFindings } from '../api/endpoints.ts';
import { collectPages } from '../api/pages.ts';
import { EXPORT_MAX_ROWS } from '../components/csv.ts';
import type { ExportTable } from '../components/ExportButton.tsx';
import { substanceLabel } from './substance-label.ts';

type Progress = (loaded: number, total: number | null) => void;

/** A marking in one cell: "TLP:AMBER MX-ANAM → MEX, USA". */
export const markingText = (m: Marking | null | undefined): string =>
  m ? `TLP:${m.tlp.toUpperCase()} ${m.ownerAgency} → ${[...m.releasableTo, ...m.recipients].join(', ')}` : '';

export async function alertTable(
  t: TFunction,
  lang: string,
  params: AlertQueryParams,
  onProgress: Progress,
): Promise<ExportTable> {
  const { items, truncated } = await collectPages(
    (limit, offset) => fetchAlerts({ ...params, limit, offset }),
    500,
    onProgress,
    EXPORT_MAX_ROWS,
  );
  return {
    header: [
      t('alerts.column.declaration'),
      t('export.line'),
      t('alerts.bol'),
      t('alerts.column.verdict'),
      t('alerts.column.substance'),
      t('alerts.column.score'),
      t('alerts.column.severity'),
      t('alerts.column.portLocode'),
      t('alerts.column.declared_at'),
      t('alerts.column.status'),
      t('alerts.column.marking'),
    ],
    rows: items.map((a) => [
      a.declarationId,
      a.lineNo,
      a.billOfLading,
      t(`verdict.${a.verdict}`, { defaultValue: a.verdict }),
      substanceLabel(a, lang) ?? a.substanceId,
      a.score,
      t(`severity.${a.severity}`, { defaultValue: a.severity }),
      a.portLocode,
      a.declaredAt,
      t(`status.${a.status}`, { defaultValue: a.status }),
      markingText(a.marking),
    ]),
    truncated,
  };
}

export async function findingTable(
  t: TFunction,
  lang: string,
  params: FindingQueryParams,
  onProgress: Progress,
): Promise<ExportTable> {
  const { items, truncated } = await collectPages(
    (limit, offset) => fetchFindings({ ...params, limit, offset }),
    1000,
    onProgress,
    EXPORT_MAX_ROWS,
  );
  return {
    header: [
      t('consignment.bol'),
      t('filters.kind'),
      t('alerts.column.severity'),
      t('alerts.column.portLocode'),
      t('findings.declared'),
      t('findings.explanation'),
      t('alerts.column.status'),
      t('alerts.column.marking'),
    ],
    rows: items.map((f) => [
      f.billOfLading,
      t(`kind.${f.kind}`, { defaultValue: f.kind }),
      f.severity ? t(`severity.${f.severity}`, { defaultValue: f.severity }) : '',
      f.portLocode,
      f.declaredAt,
      lang.startsWith('es') ? f.explanation.es : f.explanation.en,
      t(`findings.status.${f.status}`, { defaultValue: f.status }),
      markingText(f.marking),
    ]),
    truncated,
  };
}
