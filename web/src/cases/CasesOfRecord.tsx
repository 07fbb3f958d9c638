import { useTranslation } from 'react-i18next';
import type { CaseLinkKind } from '../../../src/shared/cases.ts';
import { fetchCases } from '../api/case-endpoints.ts';
import { useAsync } from '../components/useAsync.ts';
import { hrefFor } from '../shell/router.ts';

/**
 * The cases that link a record (as far as the user sees them), each leading to its page: where an escalation
 * went. Says nothing when there are none or they cannot be read: a record's page is not about its cases.
 */
export function CasesOfRecord({ kind, id, version }: { kind: CaseLinkKind; id: string; version: string }) {
  const { t } = useTranslation();
  const cases = useAsync(
    (signal) =>
      fetchCases({ linkedKind: kind, linkedId: id, limit: 20 }, signal).catch(() => ({ items: [] })),
    [kind, id, version],
  );
  if (cases.state.status !== 'ready' || cases.state.data.items.length === 0) return null;
  return (
    <p className="record-cases" data-testid="record-cases">
      {t('cases.ofRecord')}:{' '}
      {cases.state.data.items.map((c, i) => (
        <span key={c.id}>
          {i > 0 && ', '}
          <a href={hrefFor(`/cases/${encodeURIComponent(c.id)}`)}>{c.title}</a>
        </span>
      ))}
    </p>
  );
}
