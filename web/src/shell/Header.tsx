import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../session/SessionContext.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { NotificationBadge } from '../notifications/NotificationBadge.tsx';
import { onlyAdministers, readsLeads, type Route } from './router.ts';

interface NavItem {
  view: Route['view'];
  href: string;
  label: string;
  visible: boolean;
}

/** The views of incidents and field reports: one entry of the bar, "Incidents", lights for all of them. */
const EVIDENCE_VIEWS = new Set<Route['view']>([
  'incidents',
  'incident',
  'incidentNew',
  'fieldReports',
  'fieldReport',
  'fieldReportNew',
]);

/** The top bar: where you are, who you are (agency, nation, roles) and the way out. */
export function Header({ route }: { route: Exclude<Route, { view: 'home' }> }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const agencyName = i18n.language === 'es' ? me.agency.nameEs : me.agency.nameEn;
  const isHost = me.agency.nation === 'MEX';
  // An account that only administers reads no intelligence: its views would always be empty, so they are not offered.
  const readsIntelligence = !onlyAdministers(me.roles);
  const importsFiles = me.roles.includes('analyst') || me.roles.includes('regulator');
  const nav: NavItem[] = [
    { view: 'alerts', href: '#/alerts', label: t('nav.alerts'), visible: readsIntelligence },
    { view: 'dashboard', href: '#/dashboard', label: t('nav.dashboard'), visible: readsIntelligence },
    {
      view: 'consignments',
      href: '#/consignments',
      label: t('nav.consignments'),
      visible: readsIntelligence,
    },
    { view: 'map', href: '#/map', label: t('nav.map'), visible: readsIntelligence },
    { view: 'reports', href: '#/reports', label: t('nav.reports'), visible: readsIntelligence },
    { view: 'incidents', href: '#/incidents', label: t('nav.evidence'), visible: readsIntelligence },
    { view: 'leads', href: '#/leads', label: t('nav.leads'), visible: readsLeads(me.roles) },
    { view: 'cases', href: '#/cases', label: t('nav.cases'), visible: readsLeads(me.roles) },
    {
      view: 'operations',
      href: '#/operations',
      label: t('nav.operations'),
      visible: readsLeads(me.roles),
    },
    { view: 'registry', href: '#/registry', label: t('nav.registry'), visible: importsFiles },
    { view: 'intake', href: '#/intake', label: t('nav.intake'), visible: importsFiles },
    { view: 'shared', href: '#/shared', label: t('nav.shared'), visible: readsIntelligence },
    { view: 'audit', href: '#/audit', label: t('nav.audit'), visible: me.roles.includes('auditor') },
    { view: 'admin', href: '#/admin', label: t('nav.admin'), visible: me.roles.includes('admin') },
  ];
  const current =
    route.view === 'consignment'
      ? 'consignments'
      : route.view === 'findings'
        ? 'alerts'
        : route.view === 'permit'
          ? 'registry'
          : route.view === 'report' || route.view === 'reportNew'
            ? 'reports'
            : EVIDENCE_VIEWS.has(route.view)
              ? 'incidents'
              : route.view === 'lead'
                ? 'leads'
                : route.view === 'case'
                  ? 'cases'
                  : route.view === 'operation' || route.view === 'approvals'
                    ? 'operations'
                    : route.view;
  return (
    <header className="topbar">
      <a className="brand" href="#/" aria-label={t('shell.home')}>
        <span className="brand-mark" aria-hidden="true" />
        <span>Centinela</span>
      </a>
      <nav aria-label={t('shell.mainNav')}>
        <ul>
          {nav
            .filter((item) => item.visible)
            .map((item) => (
              <li key={item.view}>
                <a href={item.href} aria-current={current === item.view ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      {readsIntelligence && <SearchBox />}
      {readsIntelligence && <NotificationBadge routeKey={window.location.hash} />}
      <div className="identity" aria-label={t('shell.identity')} data-testid="identity">
        <span
          className={`nation ${isHost ? 'host' : 'partner'}`}
          title={t(isHost ? 'shell.host' : 'shell.partner')}
        >
          {me.agency.nation}
        </span>
        {/* the agency and roles in full on hover, where a laptop's bar cuts the one and hides the other */}
        <span
          className="who"
          title={[
            `${me.agency.code} · ${agencyName}`,
            me.roles.map((role) => t(`roles.${role}`, { defaultValue: role })).join(', '),
          ].join('\n')}
        >
          <strong>{me.displayName}</strong>
          <span className="muted">
            {me.agency.code} · {agencyName}
          </span>
        </span>
        <span className="roles">
          {me.roles.map((role) => (
            <span key={role} className="role">
              {t(`roles.${role}`, { defaultValue: role })}
            </span>
          ))}
        </span>
      </div>
      <LanguageSwitch />
      <button type="button" className="logout" onClick={() => void logout()}>
        {t('shell.logout')}
      </button>
    </header>
  );
}
