import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchNetwork } from '../api/endpoints.ts';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatNumber, formatPercent } from '../format.ts';
import { navigate } from '../shell/router.ts';
import {
  buildNetworkGraph,
  communitiesOf,
  HIGH_RISK,
  MEDIUM_RISK,
  riskShare,
  sizeForRisk,
} from './network-graph.ts';
import { NetworkGraph } from './NetworkGraph.tsx';

const DEPTHS = [1, 2, 3] as const;
/** Communities listed by name; the rest are counted. */
const LEGEND_COMMUNITIES = 8;

/** Network node ids are typed (`entity:<id>`, `consignment:<bill of lading>`, `incident:<id>`); open what has a view. */
function openNode(id: string, kind: string): void {
  if (kind === 'consignment' && !id.startsWith('consignment:decl:')) {
    navigate(`/consignments/${encodeURIComponent(id.replace(/^consignment:/, ''))}`);
  } else if (kind === 'entity' || kind === 'company' || kind === 'person') {
    navigate(`/entities/${encodeURIComponent(id.replace(/^entity:/, ''))}`);
  } else if (kind === 'incident') {
    navigate(`/incidents/${encodeURIComponent(id.replace(/^incident:/, ''))}`);
  }
}

const opens = (id: string, kind: string) =>
  (kind === 'consignment' && !id.startsWith('consignment:decl:')) ||
  ['entity', 'company', 'person', 'incident'].includes(kind);

/** A legend dot as large as a node of that risk is drawn (sigma sizes are radii in CSS pixels). */
function RiskDot({ risk }: { risk: number }) {
  const diameter = 2 * sizeForRisk(risk);
  return (
    <span className="risk-dot-box" aria-hidden="true">
      <span className="risk-dot" style={{ width: diameter, height: diameter }} />
    </span>
  );
}

export function NetworkSection({ entityId }: { entityId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [depth, setDepth] = useState<number>(2);
  const [selected, setSelected] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  // a finding node is labelled by its kind (a code): named in the reader's language, in the table and the graph
  const { state, retry } = useAsync(
    () =>
      fetchNetwork(entityId, depth).then((network) => ({
        ...network,
        nodes: network.nodes.map((node) =>
          node.kind === 'finding'
            ? { ...node, label: t(`kind.${node.label}`, { defaultValue: node.label }) }
            : node,
        ),
      })),
    [entityId, depth, lang],
  );
  const graph = useMemo(
    () => (state.status === 'ready' ? buildNetworkGraph(state.data, `entity:${entityId}`) : null),
    [state, entityId],
  );
  const communities = useMemo(() => (graph ? communitiesOf(graph) : []), [graph]);
  const chosen = selected && graph?.hasNode(selected) ? graph.getNodeAttributes(selected) : null;
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
              nodes: formatNumber(graph.order, lang),
              edges: formatNumber(graph.size, lang),
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
          <div className="network-main">
            <NetworkGraph
              graph={graph}
              label={t('entity.graphAria', { count: graph.order })}
              selected={selected}
              highlighted={highlighted}
              onSelect={setSelected}
            />
            <p className="legend-note">{t('entity.labelsNote')}</p>
            {!state.data.complete && <p className="legend-note">{t('entity.incomplete')}</p>}
          </div>
          <div className="network-side">
            {chosen && selected && (
              <div className="selected-node" aria-live="polite">
                <h3>{t('entity.selected')}</h3>
                <p className="selected-name">{chosen.fullLabel}</p>
                <p className="muted">
                  {t(`nodeKind.${chosen.kind}`, { defaultValue: chosen.kind })} ·{' '}
                  {t('entity.riskLabel', { risk: formatPercent(riskShare(chosen.risk), lang) })}
                </p>
                <div className="actions">
                  {opens(selected, chosen.kind) && (
                    <button type="button" onClick={() => openNode(selected, chosen.kind)}>
                      {t('entity.open')}
                    </button>
                  )}
                  <button type="button" onClick={() => setSelected(null)}>
                    {t('entity.clearSelection')}
                  </button>
                </div>
              </div>
            )}
            <h3>{t('entity.communities')}</h3>
            <ul className="legend">
              {communities.slice(0, LEGEND_COMMUNITIES).map((c) => (
                <li key={c.community}>
                  <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => c.lead && setSelected(c.lead.id)}
                    disabled={!c.lead}
                  >
                    {c.lead
                      ? t('entity.communityLead', { name: c.lead.label, count: c.size })
                      : t('entity.community', { id: c.community, count: c.size })}
                    {c.focus && <span className="muted"> · {t('entity.focusMark')}</span>}
                  </button>
                </li>
              ))}
              {communities.length > LEGEND_COMMUNITIES && (
                <li className="muted">
                  {t('entity.moreCommunities', { count: communities.length - LEGEND_COMMUNITIES })}
                </li>
              )}
            </ul>
            <h3>{t('entity.riskLegend')}</h3>
            <ul className="legend risk-legend">
              <li>
                <RiskDot risk={0.95} />
                {t('entity.riskHigh')}
              </li>
              <li>
                <RiskDot risk={(HIGH_RISK + MEDIUM_RISK) / 2} />
                {t('entity.riskMedium')}
              </li>
              <li>
                <RiskDot risk={0.2} />
                {t('entity.riskLow')}
              </li>
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
                    <tr
                      key={node.id}
                      data-node-id={node.id}
                      className={node.id === selected ? 'selected' : undefined}
                      onMouseEnter={() => setHighlighted(node.id)}
                      onMouseLeave={() => setHighlighted(null)}
                    >
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => openNode(node.id, node.kind)}
                          onFocus={() => setHighlighted(node.id)}
                          onBlur={() => setHighlighted(null)}
                        >
                          <span
                            className="swatch"
                            style={{ background: String(graph.getNodeAttribute(node.id, 'color') ?? '') }}
                            aria-hidden="true"
                          />
                          {node.label || node.id}
                        </button>
                      </td>
                      <td>{t(`nodeKind.${node.kind}`, { defaultValue: node.kind })}</td>
                      <td className="num">
                        {node.risk == null ? '—' : formatPercent(riskShare(node.risk), lang)}
                      </td>
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
