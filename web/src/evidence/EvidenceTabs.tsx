import { useTranslation } from 'react-i18next';

/** Incidents and field reports: two lists of the evidence on the ground, side by side, each with its form. */
export function EvidenceTabs({ current }: { current: 'incidents' | 'field-reports' }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('incidents.tabs')}>
      <a href="#/incidents" aria-current={current === 'incidents' ? 'page' : undefined}>
        {t('incidents.incidents')}
      </a>
      <a href="#/field-reports" aria-current={current === 'field-reports' ? 'page' : undefined}>
        {t('incidents.fieldReports')}
      </a>
    </nav>
  );
}
