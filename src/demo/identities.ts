import type { Agency, Nation } from '../identity/repository.ts';
import type { Role } from '../shared/actor.ts';

/** The demo's nations: the host (MEX) and the partner (USA). Nothing else assumes there are two. */
export const DEMO_NATIONS: Nation[] = [
  { code: 'MEX', nameEn: 'Mexico', nameEs: 'México' },
  { code: 'USA', nameEn: 'United States', nameEs: 'Estados Unidos' },
];

export const DEMO_AGENCIES: Agency[] = [
  {
    code: 'MX-ANAM',
    nation: 'MEX',
    nameEn: 'National Customs Agency of Mexico',
    nameEs: 'Agencia Nacional de Aduanas de México',
  },
  {
    code: 'MX-COFEPRIS',
    nation: 'MEX',
    nameEn: 'Federal Commission for Protection against Health Risks',
    nameEs: 'Comisión Federal para la Protección contra Riesgos Sanitarios',
  },
  {
    code: 'MX-ASIPONA-ZLO',
    nation: 'MEX',
    nameEn: 'Port System Administration, Manzanillo',
    nameEs: 'Administración del Sistema Portuario Nacional Manzanillo',
  },
  { code: 'MX-SEMAR', nation: 'MEX', nameEn: 'Secretariat of the Navy', nameEs: 'Secretaría de Marina' },
  {
    code: 'MX-CNI',
    nation: 'MEX',
    nameEn: 'National Intelligence Centre',
    nameEs: 'Centro Nacional de Inteligencia',
  },
  {
    code: 'MX-FGR',
    nation: 'MEX',
    nameEn: 'Office of the Attorney General',
    nameEs: 'Fiscalía General de la República',
  },
  {
    code: 'MX-SYS',
    nation: 'MEX',
    nameEn: 'Centinela system administration',
    nameEs: 'Administración del sistema Centinela',
  },
  {
    code: 'US-DEA',
    nation: 'USA',
    nameEn: 'Drug Enforcement Administration',
    nameEs: 'Administración para el Control de Drogas',
  },
  {
    code: 'US-CBP',
    nation: 'USA',
    nameEn: 'Customs and Border Protection',
    nameEs: 'Oficina de Aduanas y Protección Fronteriza',
  },
  {
    code: 'US-HSI',
    nation: 'USA',
    nameEn: 'Homeland Security Investigations',
    nameEs: 'Investigaciones de Seguridad Nacional',
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  agency: string;
  roles: Role[];
}

/** One login per role, as the brief's table of users. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'analista', displayName: 'Lucía Ramírez', agency: 'MX-ANAM', roles: ['analyst'] },
  { username: 'reguladora', displayName: 'Mariana Torres', agency: 'MX-COFEPRIS', roles: ['regulator'] },
  { username: 'comandante', displayName: 'Cap. Andrés Medina', agency: 'MX-SEMAR', roles: ['commander'] },
  { username: 'operador', displayName: 'Tomás Herrera', agency: 'MX-ASIPONA-ZLO', roles: ['analyst'] },
  { username: 'intel', displayName: 'Jorge Salinas', agency: 'MX-CNI', roles: ['analyst'] },
  { username: 'auditora', displayName: 'Elena Vázquez', agency: 'MX-CNI', roles: ['auditor'] },
  { username: 'admin', displayName: 'Raúl Ortega', agency: 'MX-SYS', roles: ['admin'] },
  { username: 'advisor', displayName: 'Sarah Collins', agency: 'US-DEA', roles: ['advisor'] },
  { username: 'usanalyst', displayName: 'Michael Brooks', agency: 'US-HSI', roles: ['analyst'] },
];

/** The one password of every demo account. Only the demo has it; real users get none by default. */
export const DEMO_PASSWORD = 'centinela-demo';
