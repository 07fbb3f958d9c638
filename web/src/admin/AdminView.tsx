import { useTranslation } from 'react-i18next';
import { Empty } from '../components/States.tsx';
import { useMe } from '../session/SessionContext.tsx';
import { ADMIN_SECTIONS, type AdminSection } from '../shell/router.ts';
import { AgenciesSection } from './AgenciesSection.tsx';
import { PeersSection } from './PeersSection.tsx';
import { RoleRequestsSection } from './RoleRequestsSection.tsx';
import { TokensSection } from './TokensSection.tsx';
import { UsersSection } from './UsersSection.tsx';
import './admin.css';

/**
 * The administrator's area: users, role requests, API tokens and agencies, one section at a time (the section is
 * in the URL). Only administrators see it; the server enforces the same on every route it calls.
 */
export function AdminView({ section }: { section: AdminSection }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.roles.includes('admin'))
    return (
      <section className="panel" aria-labelledby="admin-title">
        <h1 id="admin-title">{t('admin.title')}</h1>
        <Empty title={t('admin.notAdmin')} />
      </section>
    );
  return (
    <section className="panel admin" aria-labelledby="admin-title">
      <header className="panel-head">
        <h1 id="admin-title">{t('admin.title')}</h1>
      </header>
      <p className="muted">{t('admin.intro')}</p>
      <nav aria-label={t('admin.sections.label')} className="admin-tabs">
        <ul>
          {ADMIN_SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#/admin/${s}`} aria-current={s === section ? 'page' : undefined}>
                {t(`admin.sections.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'users' && <UsersSection />}
      {section === 'roles' && <RoleRequestsSection />}
      {section === 'tokens' && <TokensSection />}
      {section === 'agencies' && <AgenciesSection />}
      {section === 'peers' && <PeersSection />}
    </section>
  );
}
