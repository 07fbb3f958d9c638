import { useTranslation } from 'react-i18next';
import { MAP_COLORS } from './basemap.ts';
import { LAYER_GROUPS, type LayerGroup } from './MapCanvas.tsx';

const SWATCH: Record<LayerGroup, string> = {
  states: MAP_COLORS.stateLine,
  ports: MAP_COLORS.port,
  sites: MAP_COLORS.site,
  tracks: MAP_COLORS.track,
  findings: MAP_COLORS.finding,
  evidence: MAP_COLORS.incident,
  leads: MAP_COLORS.leadHigh,
};

export function LayerSwitcher({
  visible,
  onChange,
}: {
  visible: Record<LayerGroup, boolean>;
  onChange: (next: Record<LayerGroup, boolean>) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="layer-switcher">
      <legend>{t('map.layers')}</legend>
      {LAYER_GROUPS.map((group) => (
        <label key={group} className="check">
          <input
            type="checkbox"
            checked={visible[group]}
            onChange={(e) => onChange({ ...visible, [group]: e.target.checked })}
          />
          <span className="swatch" style={{ background: SWATCH[group] }} aria-hidden="true" />
          {t(`map.layer.${group}`)}
        </label>
      ))}
      <p className="legend-note">
        <span className="swatch" style={{ background: MAP_COLORS.fieldReport }} aria-hidden="true" />
        {t('incidents.map.fieldReports')}
      </p>
      <p className="legend-note">
        <span className="swatch" style={{ background: MAP_COLORS.trackAlert }} aria-hidden="true" />
        {t('map.alertingTrack')}
      </p>
      <p className="legend-note">
        <span className="swatch" style={{ background: MAP_COLORS.unlicensed }} aria-hidden="true" />
        {t('map.unlicensedSite')}
      </p>
      {/* The data has no waypoints between recorded places: the line is drawn straight, and says so. */}
      <p className="legend-note">
        <span className="legend-dash" style={{ borderColor: MAP_COLORS.track }} aria-hidden="true" />
        {t('map.straightLink')}
      </p>
    </fieldset>
  );
}

export const ALL_LAYERS_ON: Record<LayerGroup, boolean> = {
  states: true,
  ports: true,
  sites: true,
  tracks: true,
  findings: true,
  evidence: true,
  leads: true,
};
