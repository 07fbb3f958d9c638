import { useTranslation } from 'react-i18next';

/** The queue has two sources, worked alike: screening alerts and diversion findings (from custody). */
export function QueueTabs({ current }: { current: 'alerts' | 'findings' }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('alerts.sources')}>
      <a href="#/alerts" aria-current={current === 'alerts' ? 'page' : undefined}>
        {t('alerts.tabAlerts')}
      </a>
      <a href="#/findings" aria-current={current === 'findings' ? 'page' : undefined}>
        {t('alerts.tabFindings')}
      </a>
    </nav>
  );
}
