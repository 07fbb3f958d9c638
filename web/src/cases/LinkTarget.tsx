import { useTranslation } from 'react-i18next';
import type { CaseLink } from '../api/case-endpoints.ts';
import { fetchAlert, fetchFinding } from '../api/endpoints.ts';
import { useAsync } from '../components/useAsync.ts';
import { hrefFor } from '../shell/router.ts';

/** The page of a linked record that has one of its own (alerts and findings live on their consignment's page). */
export function hrefOfLink(link: Pick<CaseLink, 'kind' | 'targetId'>): string | null {
  const id = encodeURIComponent(link.targetId);
  switch (link.kind) {
    case 'consignment':
      return hrefFor(`/consignments/${id}`);
    case 'entity':
      return hrefFor(`/entities/${id}`);
    case 'incident':
      return hrefFor(`/incidents/${id}`);
    case 'lead':
      return hrefFor(`/leads/${id}`);
    case 'alert':
    case 'finding':
      return null;
  }
}

/**
 * A linked record, as a link to its page. An alert or a finding has no page of its own: it is read (the reader
 * sees it, or the case would not list the link) for its consignment, whose page shows it with its fellows.
 */
export function LinkTarget({ link }: { link: Pick<CaseLink, 'kind' | 'targetId'> }) {
  const href = hrefOfLink(link);
  if (href)
    return (
      <a href={href} className="mono">
        {link.targetId}
      </a>
    );
  return <QueueRecord kind={link.kind === 'alert' ? 'alert' : 'finding'} id={link.targetId} />;
}

function QueueRecord({ kind, id }: { kind: 'alert' | 'finding'; id: string }) {
  const { t } = useTranslation();
  const record = useAsync(
    async (signal): Promise<{ billOfLading: string | null }> =>
      kind === 'alert' ? fetchAlert(id, signal) : fetchFinding(id, signal),
    [kind, id],
  );
  const short = id.slice(0, 8);
  if (record.state.status !== 'ready' || !record.state.data.billOfLading)
    return <span className="mono">{short}</span>;
  const bol = record.state.data.billOfLading;
  return (
    <a href={hrefFor(`/consignments/${encodeURIComponent(bol)}`)}>
      {t('cases.links.onConsignment', { id: short, bol })}
    </a>
  );
}
