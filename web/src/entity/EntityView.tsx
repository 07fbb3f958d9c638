import { useTranslation } from 'react-i18next';
import type { Entity } from '../api/types.ts';
import { fetchEntity } from '../api/endpoints.ts';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatNumber } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { EvidenceText } from './EvidenceText.tsx';
import { groupLinks } from './link-evidence.ts';
import { NetworkSection } from './NetworkSection.tsx';
import { RecordGroupsTable } from './RecordGroupsTable.tsx';

/** The roles the entity plays across its records, most frequent first: "Agente aduanal (170)". */
function rolesOf(entity: Entity): [string, number][] {
  const counts = new Map<string, number>();
  for (const record of entity.records) {
    const role = typeof record.role === 'string' ? record.role : null;
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export function EntityView({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useAsync(() => fetchEntity(entityId), [entityId]);
  if (state.status === 'loading') return <Loading label={t('entity.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const entity = state.data;
  const lang = i18n.language;
  const kind = entity.kind;
  const roles = rolesOf(entity);
  return (
    <div className="entity-layout">
      <section className="panel" aria-labelledby="entity-title">
        <header className="panel-head">
          <h1 id="entity-title">{entity.name}</h1>
        </header>
        <dl className="facts wide">
          <dt>{t('entity.kind')}</dt>
          <dd>
            {t(`nodeKind.${kind}`, { defaultValue: kind })}
            {kind === 'unknown' && <span className="sub">{t('entity.kindUnknownHint')}</span>}
          </dd>
          <dt>RFC</dt>
          <dd className="mono">{entity.rfc ?? '—'}</dd>
          <dt>{t('entity.recordCount')}</dt>
          <dd>{formatNumber(entity.records.length, lang)}</dd>
          {roles.length > 0 && (
            <>
              <dt>{t('entity.roles')}</dt>
              <dd>
                {roles
                  .map(
                    ([role, count]) =>
                      `${t(`partyRole.${role}`, { defaultValue: role })} (${formatNumber(count, lang)})`,
                  )
                  .join(', ')}
              </dd>
            </>
          )}
        </dl>
        {entity.links && entity.links.length > 0 && (
          <>
            <h2>{t('entity.links')}</h2>
            <ul className="reasons">
              {groupLinks(entity.links).map((group) => (
                <li key={group.text}>
                  <EvidenceText reason={group.reason} fields={group.fields} probability={group.probability} />
                  {group.count > 1 && <span className="muted"> × {formatNumber(group.count, lang)}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>{t('entity.records')}</h2>
        {entity.records.length === 0 ? (
          <Empty title={t('entity.noRecords')} />
        ) : (
          <RecordGroupsTable entity={entity} />
        )}
        <p className="muted">
          <a href={hrefFor('/alerts')}>{t('entity.backToQueue')}</a>
        </p>
      </section>
      <NetworkSection entityId={entity.id} />
    </div>
  );
}
