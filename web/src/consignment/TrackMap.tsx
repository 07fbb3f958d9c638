import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consignment } from '../api/types.ts';
import { Empty, Loading } from '../components/States.tsx';
import { MAP_COLORS } from '../map/basemap.ts';
import { MARK_COLORS } from '../map/layers.ts';
import { consignmentMap } from './consignment-map.ts';

const MapCanvas = lazy(() => import('../map/MapCanvas.tsx').then((m) => ({ default: m.MapCanvas })));
const TRACK_LAYERS = {
  states: true,
  ports: true,
  sites: true,
  tracks: true,
  findings: true,
  evidence: false,
  leads: false,
};
/** The offline basemap (Natural Earth states) says nothing closer in: a short trip keeps its surroundings. */
const MAX_FIT_ZOOM = 8;

/** The consignment's track on the map, framed whole with its destination, and a legend of what is drawn. */
export function TrackMap({ consignment }: { consignment: Consignment }) {
  const { t } = useTranslation();
  const destinationWord = t('consignment.destination');
  const lastWord = t('consignment.lastPosition');
  const map = useMemo(
    () => consignmentMap(consignment, { destination: destinationWord, lastPosition: lastWord }),
    [consignment, destinationWord, lastWord],
  );
  if (map.data.tracks.features.length === 0 && map.marks.features.length === 0) {
    return <Empty title={t('consignment.noTrack')} hint={t('consignment.noTrackHint')} />;
  }
  const roles = new Set(map.marks.features.map((f) => String(f.properties?.role)));
  return (
    <>
      <Suspense fallback={<Loading />}>
        <MapCanvas
          data={map.data}
          marks={map.marks}
          fitTo={map.fitTo}
          fitMaxZoom={MAX_FIT_ZOOM}
          visible={TRACK_LAYERS}
          label={t('consignment.trackAria', { bol: consignment.billOfLading })}
        />
      </Suspense>
      <ul className="map-legend" aria-label={t('consignment.mapLegend')}>
        <li>
          <span
            className="legend-dash"
            style={{
              borderColor: consignment.findings.length > 0 ? MAP_COLORS.trackAlert : MAP_COLORS.track,
            }}
            aria-hidden="true"
          />
          {t('map.straightLink')}
        </li>
        {roles.has('start') && (
          <li>
            <span className="legend-dot" style={{ background: MARK_COLORS.start }} aria-hidden="true" />
            {t('consignment.trackStart')}
          </li>
        )}
        {roles.has('destination') && (
          <li>
            <span
              className="legend-ring"
              style={{ borderColor: MARK_COLORS.destination }}
              aria-hidden="true"
            />
            {t('consignment.destination')}
          </li>
        )}
        {roles.has('last') && (
          <li>
            <span className="legend-dot" style={{ background: MARK_COLORS.last }} aria-hidden="true" />
            {t('consignment.lastPosition')}
          </li>
        )}
        {map.data.findings.features.length > 0 && (
          <li>
            <span className="legend-dot" style={{ background: MAP_COLORS.finding }} aria-hidden="true" />
            {t('map.layer.findings')}
          </li>
        )}
      </ul>
    </>
  );
}
