/** The consignment list as a CSV table, in the user's language, as filtered on screen. */
import type { TFunction } from 'i18next';
import type { ConsignmentQueryParams } from '../api/types.ts';
import { fetchConsignments } from '../api/endpoints.ts';
import { collectPages } from '../api/pages.ts';
import { EXPORT_MAX_ROWS } from '../components/csv.ts';
import type { ExportTable } from '../components/ExportButton.tsx';

export async function consignmentTable(
  t: TFunction,
  params: Omit<ConsignmentQueryParams, 'limit' | 'offset'>,
  onProgress: (loaded: number, total: number | null) => void,
): Promise<ExportTable> {
  const { items, truncated } = await collectPages(
    (limit, offset) => fetchConsignments({ ...params, limit, offset }),
    1000,
    onProgress,
    EXPORT_MAX_ROWS,
  );
  return {
    header: [
      t('consignment.bol'),
      t('consignments.state'),
      t('consignments.events'),
      t('consignments.lastEvent'),
      t('alerts.port'),
      t('consignment.findings'),
    ],
    rows: items.map((c) => [
      c.billOfLading,
      c.state ? t(`consignmentState.${c.state}`, { defaultValue: c.state }) : '',
      c.eventCount,
      c.lastEventTime,
      c.portLocode,
      c.findingKinds.map((kind) => t(`kind.${kind}`, { defaultValue: kind })).join('; '),
    ]),
    truncated,
  };
}
