import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PORTS } from '../alerts/vocabulary.ts';
import { MarkingBadge } from '../components/MarkingBadge.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { useAsync } from '../components/useAsync.ts';
import { formatNumber } from '../format.ts';
import { hrefFor, navigate } from '../shell/router.ts';
import { ALL_LAYERS_ON, LayerSwitcher } from './LayerSwitcher.tsx';
import { MapCanvas } from './MapCanvas.tsx';
import { evidenceToGeoJSON, findingsToGeoJSON, locationsToGeoJSON, tracksToGeoJSON } from './layers.ts';
import { loadEvidence } from './evidence.ts';
import { loadLeadCells } from './lead-cells.ts';
import { loadPortMap } from './port-tracks.ts';

const EMPTY_MAP = {
  locations: locationsToGeoJSON([]),
  tracks: tracksToGeoJSON([]),
  findings: findingsToGeoJSON([]),
};

declare global {
  interface Window {
    /** Set when the map has drawn a port's tracks; read by the e2e tests and bench/web.ts. */
    __centinelaMap?: { port: string; tracks: number; findings: number; drawMs: number; loadMs: number };
  }
}

export function MapView({ search }: { search: URLSearchParams }) {
  const { t, i18n } = useTranslation();
  const port = search.get('port') ?? 'MXZLO';
  const [visible, setVisible] = useState(ALL_LAYERS_ON);
  const { state, retry } = useAsync(
    (signal) => {
      performance.mark(`map-request:${port}`);
      return loadPortMap(port, signal).then((data) => {
        performance.mark(`map-loaded:${port}`);
        return data;
      });
    },
    [port],
  );
  // incidents and field reports are the country's, not a port's: loaded once, beside the port's tracks
  const evidence = useAsync((signal) => loadEvidence(signal), []);
  const evidencePoints = useMemo(
    () =>
      evidence.state.status === 'ready'
        ? evidenceToGeoJSON(evidence.state.data.incidents, evidence.state.data.reports)
        : undefined,
    [evidence.state],
  );
  // the user's leads, shaded by score; a refusal (a role that reads no leads) leaves the layer empty
  const leads = useAsync((signal) => loadLeadCells(signal).catch(() => undefined), []);
  const leadCells = leads.state.status === 'ready' ? leads.state.data : undefined;
  const data = useMemo(
    () => ({
      ...(state.status === 'ready' ? state.data : EMPTY_MAP),
      evidence: evidencePoints,
      leads: leadCells,
    }),
    [state, evidencePoints, leadCells],
  );
  const onDrawn = useCallback(
    (stats: { tracks: number; findings: number }) => {
      const total = performance.measure(`map-drawn:${port}`, `map-request:${port}`);
      const load = performance.measure(`map-load:${port}`, `map-request:${port}`, `map-loaded:${port}`);
      window.__centinelaMap = { port, ...stats, drawMs: total.duration, loadMs: load.duration };
    },
    [port],
  );

  return (
    <div className="map-layout">
      <section className="panel map-panel" aria-labelledby="map-title">
        <header className="panel-head">
          <h1 id="map-title">{t('map.title')}</h1>
          <label className="filter inline">
            <span>{t('filters.port')}</span>
            <select value={port} onChange={(e) => navigate('/map', { port: e.target.value })}>
              {PORTS.map((p) => (
                <option key={p.locode} value={p.locode}>
                  {p.name} ({p.locode})
                </option>
              ))}
            </select>
          </label>
          {state.status === 'ready' && (
            <span className="count">
              {t('map.trackCount', {
                count: state.data.tracks.features.length,
                formatted: formatNumber(state.data.tracks.features.length, i18n.language),
              })}
            </span>
          )}
        </header>
        {state.status === 'error' && <ErrorState error={state.error} onRetry={retry} />}
        {state.status !== 'error' && (
          // Mounted before the tracks arrive, so the basemap and MapLibre's worker start while the data loads.
          <div className="map-stack">
            <MapCanvas
              data={data}
              ready={state.status === 'ready'}
              fitTo={null /* a port's tracks span the country: keep the national view, no re-tiling */}
              visible={visible}
              onDrawn={onDrawn}
              onTrackClick={(bol) => navigate(`/consignments/${encodeURIComponent(bol)}`)}
              onEvidenceClick={({ type, id }) =>
                navigate(`/${type === 'incident' ? 'incidents' : 'field-reports'}/${encodeURIComponent(id)}`)
              }
              onLeadClick={(leadId) => navigate(`/leads/${leadId}`)}
              label={t('map.aria', { port })}
            />
            {(state.status === 'loading' || (state.status === 'ready' && state.refreshing)) && (
              <div className="map-overlay">
                <Loading label={t('map.loading')} />
              </div>
            )}
          </div>
        )}
      </section>
      <aside className="panel side">
        <LayerSwitcher visible={visible} onChange={setVisible} />
        {evidence.state.status === 'ready' && (
          <p className="muted" data-testid="evidence-count">
            {t('incidents.map.count', {
              incidents: formatNumber(evidence.state.data.incidents.length, i18n.language),
              reports: formatNumber(evidence.state.data.reports.length, i18n.language),
            })}
          </p>
        )}
        {leadCells && (
          <p className="muted" data-testid="lead-cell-count">
            {t('leads.map.count', {
              count: leadCells.features.length,
              formatted: formatNumber(leadCells.features.length, i18n.language),
            })}
          </p>
        )}
        <h2>{t('map.consignments')}</h2>
        {state.status === 'ready' && state.data.consignments.length === 0 && (
          <Empty title={t('map.emptyTitle')} hint={t('map.emptyHint')} />
        )}
        {state.status === 'ready' && state.data.consignments.length > 0 && (
          <ul className="compact-list" aria-label={t('map.consignments')}>
            {state.data.consignments.slice(0, 200).map((c) => (
              <li key={c.billOfLading}>
                <a href={hrefFor(`/consignments/${encodeURIComponent(c.billOfLading)}`)} className="mono">
                  {c.billOfLading}
                </a>
                {c.marking ? (
                  <MarkingBadge marking={c.marking} />
                ) : (
                  // Drawn from the lines and events the caller may see; each keeps its own marking.
                  <span className="sub" title={t('map.liveTrackHint')}>
                    {t('map.liveTrack')}
                  </span>
                )}
                {c.findings.length > 0 && (
                  <span className="sub">{t('map.findingCount', { count: c.findings.length })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}
