/**
 * A fake of the HTTP API for component tests: routes `METHOD /path` to handlers and records every call, so a
 * test can both feed a view and check what the view asked for.
 */
import { vi } from 'vitest';
import type {
  Consignment,
  ConsignmentFinding,
  CustodyEvent,
  DeclarationLine,
  Marking,
} from '../api/types.ts';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
type Handler = (call: RecordedCall) => { status?: number; body?: unknown } | undefined;

export function fakeApi(routes: Record<string, Handler>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: Request | string | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const call: RecordedCall = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const key = Object.keys(routes).find((pattern) => {
      const [method, path] = pattern.split(' ');
      const regex = new RegExp(`^${path!.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
      return method === call.method && regex.test(call.path);
    });
    const result = key ? routes[key]!(call) : { status: 404, body: notFound(call.path) };
    const status = result?.status ?? 200;
    return new Response(status === 204 || result?.body === undefined ? null : JSON.stringify(result.body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

/**
 * A list route's answer for `total` rows, paged as the API pages (limit and offset in the query): the rows of the
 * asked page, made by `fixture` from their position.
 */
export function pageOfFixtures(call: RecordedCall, total: number, fixture: (n: number) => unknown) {
  const size = Number(call.query.get('limit') ?? 50);
  const first = Number(call.query.get('offset') ?? 0);
  const count = Math.max(0, Math.min(size, total - first));
  return { body: { items: Array.from({ length: count }, (_, i) => fixture(first + i)), total } };
}

export const notFound = (path: string) => ({
  error: {
    code: 'ROUTE_NOT_FOUND',
    message: { en: 'No such endpoint', es: 'No existe ese recurso' },
    detail: path,
  },
});

export const hostAnalyst = {
  id: 'u-1',
  username: 'analista',
  displayName: 'Lucía Ramírez',
  agency: {
    code: 'MX-ANAM',
    nation: 'MEX',
    nameEn: 'National Customs Agency',
    nameEs: 'Agencia Nacional de Aduanas',
  },
  roles: ['analyst'],
  locale: 'es' as const,
};

export const partnerAdvisor = {
  id: 'u-2',
  username: 'advisor',
  displayName: 'Daniel Brooks',
  agency: { code: 'US-DEA', nation: 'USA', nameEn: 'Drug Enforcement Administration', nameEs: 'DEA' },
  roles: ['advisor'],
  locale: 'en' as const,
};

export function alertFixture(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `alert-${n}`,
    declarationId: `26-16-3100-${String(6000000 + n)}`,
    lineNo: 1,
    verdict: 'controlled',
    substanceId: 'npp',
    substanceName: { en: 'N-phenethyl-4-piperidone (NPP)', es: 'N-fenetil-4-piperidona (NPP)' },
    score: 0.72,
    status: 'open',
    portLocode: 'MXZLO',
    declaredAt: '2026-11-24T15:36:00Z',
    createdAt: '2026-11-24T15:40:00Z',
    updatedAt: '2026-11-24T15:40:00Z',
    assignee: null,
    dismissReason: null,
    reasons: [
      { code: 'CAS', en: 'CAS 39742-60-4 is on UN Table I', es: 'El CAS 39742-60-4 está en la Tabla I' },
    ],
    marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
    ...overrides,
  };
}

export function findingFixture(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `finding-${n}`,
    billOfLading: `MEDU${String(1000000 + n)}`,
    kind: 'quantity_loss',
    severity: 'medium',
    evidence: [`urn:uuid:0b5e7a10-0000-4000-8000-${String(n).padStart(12, '0')}`],
    explanation: {
      en: '700 kg (7.0 %) missing: 10000 kg declared or first weighed, 9300 kg finally held.',
      es: 'Faltan 700 kg (7.0 %): 10000 kg declarados o pesados primero, 9300 kg en destino final.',
    },
    computedAt: '2026-11-24T16:00:00Z',
    declaredAt: '2026-11-20T16:00:00Z',
    portLocode: 'MXZLO',
    status: 'open',
    assignee: null,
    dismissReason: null,
    updatedAt: '2026-11-24T16:00:00Z',
    marking: { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] },
    ...overrides,
  };
}

const AMBER_MEX: Marking = { ownerAgency: 'MX-ANAM', tlp: 'amber', releasableTo: ['MEX'], recipients: [] };

/** A declaration line as GET /api/consignments/{bol} sends it (typed: tsc checks it against the API). */
export function lineFixture(overrides: Partial<DeclarationLine> = {}): DeclarationLine {
  return {
    id: '0000a1e0-0000-4000-8000-000000000001',
    declarationId: '26-16-3100-6000001',
    lineNo: 1,
    declaredAt: '2026-10-01T06:00:00Z',
    portLocode: 'MXZLO',
    billOfLading: 'MSCU7300000',
    containerNo: 'MSCU7300000',
    importerRfc: 'QPA010101AB1',
    consigneeRfc: null,
    destination: null,
    casNumber: '39742-60-4',
    quantityKg: 1200,
    permitId: null,
    goodsDescription: 'NPP, polvo',
    hsCode: '2933.37',
    verdict: 'controlled',
    substance: 'npp',
    reasons: [],
    importerName: 'Química del Pacífico',
    consigneeName: 'Logística Andina',
    marking: AMBER_MEX,
    ...overrides,
  };
}

/** A consignment as GET /api/consignments/{bol} sends it (typed: tsc checks it against the API). */
export function consignmentFixture(overrides: Partial<Consignment> = {}): Consignment {
  return {
    billOfLading: 'MSCU7300000',
    state: 'in_transit',
    lines: [lineFixture()],
    permits: [],
    timeline: [],
    track: [],
    destination: null,
    declaredDestination: null,
    findings: [],
    ...overrides,
  };
}

/** A custody event as the consignment's timeline carries it. */
export function eventFixture(overrides: Partial<CustodyEvent> = {}): CustodyEvent {
  return {
    id: null,
    eventId: 'e1',
    eventTime: '2026-10-01T06:00:00Z',
    bizStep: null,
    disposition: null,
    place: { id: null, name: null, kind: null, lat: null, lon: null },
    quantityKg: null,
    reportedBy: 'MX-ASIPONA-ZLO',
    marking: null,
    ...overrides,
  };
}

/** A finding as the consignment's page carries it. */
export function consignmentFindingFixture(overrides: Partial<ConsignmentFinding> = {}): ConsignmentFinding {
  return {
    id: 'f-1',
    kind: 'quantity_loss',
    severity: 'medium',
    evidence: [],
    explanation: { en: 'Quantity lost', es: 'Cantidad perdida' },
    marking: AMBER_MEX,
    status: 'open',
    dismissReason: null,
    lat: null,
    lon: null,
    ...overrides,
  };
}

/** A list answered as the API answers every list: one page holding all of `items`. */
export const listOf = <T>(items: T[]) => ({ items, total: items.length, limit: 50, offset: 0 });
