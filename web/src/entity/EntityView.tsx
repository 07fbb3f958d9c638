import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchEntity, fetchNetwork } from '../api/endpoints.ts';
import { reasonText } from '../components/Labels.tsx';
import { MarkingControl } from '../components/MarkingEditor.tsx';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { buildNetworkGraph, communitiesOf } from './network-graph.ts';
import { NetworkGraph } from './NetworkGraph.tsx';
import { groupLinks } from './link-evidence.ts';

const DEPTHS = [1, 2, 3] as const;

/** Risk arrives as 0–1 or 0–100 depending on the producer; show it as a percentage either way. */
const riskShare = (risk: number | null | undefined) => (risk == null ? null : risk > 1 ? risk / 100 : risk);

function NetworkSection({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const [depth, setDepth] = useState<number>(2);
  const { state, retry } = useAsync(() => fetchNetwork(entityId, depth), [entityId, depth]);
  const graph = useMemo(
    () => (state.status === 'ready' ? buildNetworkGraph(state.data, `entity:${entityId}`) : null),
    [state, entityId],
  );
  // Network node ids are typed (`entity:<id>`, `consignment:<bill of lading>`); open what has a view.
  const open = (id: string, kind: string) => {
    if (kind === 'consignment' && !id.startsWith('consignment:decl:')) {
      navigate(`/consignments/${encodeURIComponent(id.replace(/^consignment:/, ''))}`);
    } else if (kind === 'entity' || kind === 'company' || kind === 'person') {
      navigate(`/entities/${encodeURIComponent(id.replace(/^entity:/, ''))}`);
    }
  };
  return (
    <section className="panel" aria-labelledby="network-title">
      <header className="panel-head">
        <h2 id="network-title">{t('entity.network')}</h2>
        <label className="filter inline">
          <span>{t('entity.depth')}</span>
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value))}>
            {DEPTHS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        {graph && (
          <span className="count">
            {t('entity.graphSize', {
              nodes: formatNumber(graph.order, i18n.language),
              edges: formatNumber(graph.size, i18n.language),
            })}
          </span>
        )}
      </header>
      {state.status === 'loading' && <Loading label={t('entity.loadingNetwork')} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
      {graph && graph.order === 0 && (
        <Empty title={t('entity.emptyNetwork')} hint={t('entity.emptyNetworkHint')} />
      )}
      {graph && graph.order > 0 && state.status === 'ready' && (
        <div className="network-layout">
          <NetworkGraph
            graph={graph}
            label={t('entity.graphAria', { count: graph.order })}
            onNodeOpen={open}
          />
          <div className="network-side">
            <h3>{t('entity.communities')}</h3>
            <ul className="legend">
              {communitiesOf(graph).map((c) => (
                <li key={c.community}>
                  <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                  {t('entity.community', { id: c.community, count: c.size })}
                </li>
              ))}
            </ul>
            <h3>{t('entity.nodes')}</h3>
            <div className="table-scroll short">
              <table className="data-table" data-testid="network-nodes">
                <thead>
                  <tr>
                    <th scope="col">{t('entity.name')}</th>
                    <th scope="col">{t('entity.kind')}</th>
                    <th scope="col" className="num">
                      {t('entity.risk')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {state.data.nodes.map((node) => (
                    <tr key={node.id} data-node-id={node.id}>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => open(node.id, node.kind)}
                        >
                          <span
                            className="swatch"
                            style={{ background: String(graph.getNodeAttribute(node.id, 'color') ?? '') }}
                            aria-hidden="true"
                          />
                          {node.label}
                        </button>
                      </td>
                      <td>{t(`nodeKind.${node.kind}`, { defaultValue: node.kind })}</td>
                      <td className="num">{formatPercent(riskShare(node.risk), i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

export function EntityView({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const { state, retry } = useAsync(() => fetchEntity(entityId), [entityId]);
  if (state.status === 'loading') return <Loading label={t('entity.loading')} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={retry} />;
  const entity = state.data;
  const lang = i18n.language;
  const risk = riskShare(entity.risk);
  return (
    <div className="entity-layout">
      <section className="panel" aria-labelledby="entity-title">
        <header className="panel-head">
          <h1 id="entity-title">{entity.name}</h1>
          {risk !== null && (
            <span className={`risk ${risk >= 0.7 ? 'high' : risk >= 0.4 ? 'medium' : 'low'}`}>
              {t('entity.riskLabel', { risk: formatPercent(risk, lang) })}
            </span>
          )}
          {entity.marking && <MarkingControl table="entities" id={entity.id} marking={entity.marking} />}
        </header>
        <dl className="facts wide">
          <dt>{t('entity.kind')}</dt>
          <dd>{t(`nodeKind.${entity.kind ?? 'entity'}`, { defaultValue: entity.kind ?? '—' })}</dd>
          <dt>RFC</dt>
          <dd className="mono">{entity.rfc ?? '—'}</dd>
          <dt>{t('entity.recordCount')}</dt>
          <dd>{formatNumber(entity.records.length, lang)}</dd>
        </dl>
        {entity.mergeExplanation && entity.mergeExplanation.length > 0 && (
          <>
            <h2>{t('entity.why')}</h2>
            <ul className="reasons">
              {entity.mergeExplanation.map((r, i) => (
                <li key={i}>{reasonText(r, lang)}</li>
              ))}
            </ul>
          </>
        )}
        {entity.links && entity.links.length > 0 && (
          <>
            <h2>{t('entity.links')}</h2>
            <ul className="reasons">
              {groupLinks(entity.links).map((group) => (
                <li key={group.text}>
                  <span className="mono">{group.text}</span>
                  {group.count > 1 && <span className="muted"> × {formatNumber(group.count, lang)}</span>}
                  {group.probability != null && (
                    <span className="muted"> · p = {formatPercent(group.probability, lang)}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>{t('entity.records')}</h2>
        {entity.records.length === 0 ? (
          <Empty title={t('entity.noRecords')} />
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('entity.source')}</th>
                  <th scope="col">{t('entity.name')}</th>
                  <th scope="col">RFC</th>
                  <th scope="col">{t('entity.address')}</th>
                  <th scope="col">{t('entity.matchReasons')}</th>
                  <th scope="col">{t('alerts.column.marking')}</th>
                </tr>
              </thead>
              <tbody>
                {entity.records.map((record, i) => (
                  <tr key={record.id ?? i}>
                    <td className="mono">{record.source ?? '—'}</td>
                    <td>{record.name}</td>
                    <td className="mono">{record.rfc ?? '—'}</td>
                    <td>{record.address ?? '—'}</td>
                    <td>{(record.matchReasons ?? []).map((r) => reasonText(r, lang)).join(' · ') || '—'}</td>
                    <td>{record.marking && <MarkingBadge marking={record.marking} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="muted">
          <a href={hrefFor('/alerts')}>{t('entity.backToQueue')}</a>
        </p>
      </section>
      <NetworkSection entityId={entity.id} />
    </div>
  );
}
