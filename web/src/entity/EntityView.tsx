import { useTranslation } from 'react-i18next';
import { fetchEntity } from '../api/endpoints.ts';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatNumber } from '../format.ts';
import { hrefFor } from '../shell/router.ts';
import { NetworkSection } from './NetworkSection.tsx';
import { InputsSection } from './InputsSection.tsx';
import { RecordGroupsSection } from './RecordGroupsSection.tsx';

/**
 * An entity: its summary and its network on the first screen; its records (over a thousand for a busy broker)
 * below, grouped and loaded a page at a time when asked for.
 */
export function EntityView({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useAsync(() => fetchEntity(entityId), [entityId]);
  if (state.status === 'loading') return <Loading label={t('entity.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const entity = state.data;
  const lang = i18n.language;
  const kind = entity.kind;
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
          <dd>{formatNumber(entity.recordCount, lang)}</dd>
          {entity.roles.length > 0 && (
            <>
              <dt>{t('entity.roles')}</dt>
              <dd>
                {entity.roles
                  .map(
                    ({ role, count }) =>
                      `${t(`partyRole.${role}`, { defaultValue: role })} (${formatNumber(count, lang)})`,
                  )
                  .join(', ')}
              </dd>
            </>
          )}
        </dl>
        <p className="muted">
          <a href={hrefFor('/alerts')}>{t('entity.backToQueue')}</a>
        </p>
      </section>
      <NetworkSection entityId={entity.id} />
      {entity.recordCount === 0 ? (
        <Empty title={t('entity.noRecords')} />
      ) : (
        <>
          <RecordGroupsSection entityId={entity.id} recordCount={entity.recordCount} />
          <InputsSection entityId={entity.id} />
        </>
      )}
    </div>
  );
}
