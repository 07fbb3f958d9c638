/**
 * Every route of the OpenAPI document × every role (and no session): allowed or denied, checked against one
 * table. A route added without a line here fails the test, so each new route's audience is decided on purpose.
 * "Denied" means the role gate answered (401 UNAUTHENTICATED without a session, 403 FORBIDDEN naming the roles
 * needed); anything else (200, 400 for the sample input, 404 for an unknown id…) means the gate let it through.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/db.ts';
import { makeAgency, makeNation, makeUser } from '../testing/factories.ts';
import { openApiDocument } from '../app/openapi.ts';
import { buildApp } from '../app/http-app.ts';
import { ROLES, type Actor, type Role } from '../shared/actor.ts';
import type { App } from './types.ts';

type Audience = 'public' | 'anyone logged in' | readonly Role[];

const ANYONE = 'anyone logged in';
const ANALYSTS: Role[] = ['analyst'];

/** Who may pass each route's gate. */
const EXPECTED: Record<string, Audience> = {
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': ANYONE,
  'GET /api/me': ANYONE,
  'GET /api/me/colleagues': ANYONE,
  'PATCH /api/me': ANYONE,
  'POST /api/me/password': ANYONE,
  'GET /api/agencies': ANYONE,
  'GET /api/nations': ANYONE,
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/{id}': ['admin'],
  'POST /api/users/{id}/roles/approve': ['admin'],
  'POST /api/users/{id}/roles/reject': ['admin'],
  'GET /api/users/{id}/tokens': ANYONE,
  'POST /api/users/{id}/tokens': ANYONE,
  'DELETE /api/users/{id}/tokens/{tokenId}': ANYONE,
  'PUT /api/markings/{table}/{id}': ANYONE,
  'POST /api/markings/{table}/{id}/preview': ANYONE,
  'POST /api/markings/batch/preview': ANYONE,
  'POST /api/markings/batch': ANYONE,
  'GET /api/markings/releases': ANYONE,
  'GET /api/audit': ['auditor'],
  'GET /api/audit/verify': ['auditor'],
  'GET /api/audit/export': ['auditor'],
  'GET /api/reports': ANYONE,
  'POST /api/reports': ['analyst', 'advisor', 'regulator', 'commander'],
  'GET /api/reports/{id}': ANYONE,
  'GET /api/alerts': ANYONE,
  'GET /api/dashboard': ANYONE,
  'GET /api/alerts/{id}': ANYONE,
  'POST /api/alerts/{id}/acknowledge': ANALYSTS,
  'POST /api/alerts/{id}/assign': ANALYSTS,
  'POST /api/alerts/{id}/dismiss': ANALYSTS,
  'POST /api/alerts/{id}/escalate': ANALYSTS,
  'POST /api/declarations/import': ANALYSTS,
  'OPTIONS /api/epcis/capture': 'public',
  'POST /api/epcis/capture': ['analyst', 'admin', 'regulator'],
  'GET /api/epcis/capture/{captureID}': ANYONE,
  'GET /api/epcis/events': ANYONE,
  'POST /api/epcis/import': ['analyst', 'admin', 'regulator'],
  'GET /api/permits': ANYONE,
  'PUT /api/permits/{id}': ['regulator'],
  'GET /api/permits/{id}': ANYONE,
  'GET /api/permits/{id}/history': ANYONE,
  'POST /api/permits/import': ['regulator', 'admin'],
  'POST /api/locations/import': ['analyst', 'regulator', 'admin'],
  'POST /api/incidents/import': ['analyst', 'commander', 'admin'],
  'POST /api/field-reports/import': ['analyst', 'commander', 'admin'],
  'POST /api/incidents': ['analyst', 'commander', 'admin'],
  'POST /api/field-reports': ['analyst', 'commander', 'admin'],
  'GET /api/incidents': ANYONE,
  'GET /api/incidents/{id}': ANYONE,
  'GET /api/field-reports': ANYONE,
  'GET /api/field-reports/{id}': ANYONE,
  'GET /api/stix/bundle': ANYONE,
  'GET /api/peers': ['admin'],
  'POST /api/peers': ['admin'],
  'DELETE /api/peers/{name}': ['admin'],
  'GET /api/federation/received': ANYONE,
  'GET /api/federation/received/{id}': ANYONE,
  'PUT /api/federation/received/{id}/marking': ANYONE,
  'GET /api/federation/sync': ANYONE,
  'GET /taxii2/': ANYONE,
  'GET /taxii2/api/': ANYONE,
  'GET /taxii2/api/collections/': ANYONE,
  'GET /taxii2/api/collections/{collectionId}/': ANYONE,
  'GET /taxii2/api/collections/{collectionId}/objects/': ANYONE,
  'GET /taxii2/api/collections/{collectionId}/objects/{objectId}/': ANYONE,
  'GET /taxii2/api/collections/{collectionId}/objects/{objectId}/versions/': ANYONE,
  'GET /taxii2/api/collections/{collectionId}/manifest/': ANYONE,
  // no role gate: only a peer's account is shown the writable inbox (404 to anyone else), and a status is read by
  // the account that pushed it only (row-level security; 404 to anyone else)
  'POST /taxii2/api/collections/{collectionId}/objects/': ANYONE,
  'GET /taxii2/api/status/{statusId}/': ANYONE,
  'GET /api/leads': ['analyst', 'advisor', 'commander'],
  'GET /api/leads/{leadId}': ['analyst', 'advisor', 'commander'],
  'POST /api/leads/{leadId}/decisions': ['analyst', 'commander'],
  'POST /api/leads/{leadId}/outcomes': ['analyst', 'commander'],
  'GET /api/cases': ANYONE,
  'GET /api/cases/{id}': ANYONE,
  'GET /api/cases/{id}/assignable': ['analyst', 'commander'],
  'POST /api/cases': ['analyst', 'commander'],
  'POST /api/cases/{id}/assignees': ['analyst', 'commander'],
  'POST /api/cases/{id}/links': ['analyst', 'advisor', 'commander'],
  'POST /api/cases/{id}/notes': ['analyst', 'advisor', 'commander'],
  'POST /api/cases/{id}/close': ['analyst', 'commander'],
  'POST /api/cases/{id}/reopen': ['analyst', 'commander'],
  'POST /api/cases/{id}/operations': ['analyst', 'commander'],
  'GET /api/cases/{id}/attachments': ANYONE,
  'POST /api/cases/{id}/attachments': ['analyst', 'advisor', 'commander'],
  'GET /api/attachments': ANYONE,
  'GET /api/attachments/{id}': ANYONE,
  'GET /api/operations': ANYONE,
  'GET /api/operations/{id}': ANYONE,
  'POST /api/operations/{id}/propose': ['analyst', 'commander'],
  'POST /api/operations/{id}/approve': ['analyst', 'commander'],
  'POST /api/operations/{id}/reject': ['analyst', 'commander'],
  'POST /api/operations/{id}/start': ['analyst', 'commander'],
  'POST /api/operations/{id}/conclude': ['analyst', 'commander'],
  'POST /api/operations/{id}/withdraw': ['analyst', 'commander'],
  'POST /api/operations/{id}/comments': ['analyst', 'advisor', 'commander'],
  'POST /api/operations/{id}/outcomes': ['analyst', 'commander'],
  'GET /api/notifications': ANYONE,
  'GET /api/notifications/count': ANYONE,
  'POST /api/notifications/{id}/read': ANYONE,
  'POST /api/notifications/read-all': ANYONE,
  'GET /api/locations': ANYONE,
  'GET /api/consignments': ANYONE,
  'GET /api/search': ANYONE,
  'GET /api/ports/{locode}/tracks': ANYONE,
  'GET /api/consignments/{bol}': ANYONE,
  'GET /api/findings': ANYONE,
  'GET /api/findings/{id}': ANYONE,
  'POST /api/findings/{id}/acknowledge': ANALYSTS,
  'POST /api/findings/{id}/assign': ANALYSTS,
  'POST /api/findings/{id}/dismiss': ANALYSTS,
  'POST /api/findings/{id}/escalate': ANALYSTS,
  'GET /api/declarations/{id}/lines/{lineNo}/parties': ANYONE,
  'GET /api/entities': ANYONE,
  'GET /api/entities/{id}': ANYONE,
  'GET /api/entities/{id}/groups': ANYONE,
  'GET /api/entities/{id}/inputs': ANYONE,
  'GET /api/entities/{id}/network': ANYONE,
  'POST /api/entities/{id}/confirm': ANALYSTS,
  'POST /api/entities/{id}/split': ANALYSTS,
};

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** A value valid for the simple schemas our routes use: the first enum value, a UUID, a date… */
function sample(schema: JsonSchema, name = ''): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return sample(choice.find((s) => s.type !== 'null') ?? choice[0]!, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => schema.required?.includes(key))
          .map(([key, value]) => [key, sample(value, key)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, name));
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return false;
    default:
      if (schema.format === 'uuid') return randomUUID();
      if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return '2026-01-01';
      if (schema.pattern?.includes('[A-Z]{3}')) return 'MEX';
      if (schema.pattern?.startsWith('^[a-z0-9._-]')) return `u${randomUUID().slice(0, 8)}`;
      if (name === 'password') return 'granite pelican orchestra 58';
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
  }
}

const PATH_VALUES: Record<string, string> = {
  table: 'reports',
  bol: 'NOSUCHBOL',
  locode: 'MXZLO',
  tokenId: '0123456789ab',
  lineNo: '1',
  leadId: 'lead-8748a0000ffffff',
};

interface Operation {
  key: string;
  method: string;
  url: string;
  body: unknown;
}

async function operations(): Promise<Operation[]> {
  const document = (await openApiDocument()) as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>
    >;
  };
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const json = op.requestBody?.content['application/json']?.schema;
      return {
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, (_, name: string) => PATH_VALUES[name] ?? randomUUID()),
        body: json ? sample(json) : undefined,
      };
    }),
  );
}

/** The catalogue's code and detail, from its own body or from a TAXII 2.1 error message (under /taxii2/). */
function errorOf(body: {
  error?: { code: string; detail?: string };
  error_code?: string;
  description?: string;
}): { code: string; detail?: string } | undefined {
  if (body.error) return body.error;
  return body.error_code ? { code: body.error_code, detail: body.description } : undefined;
}

describeEachEngine('authorization: every route × every role', (getDb) => {
  it('answers each route for each role as the table says', async () => {
    const db = getDb();
    const actors = await db.asOwner(async (tx) => {
      await makeNation(tx, 'MEX');
      const agency = await makeAgency(tx, 'MEX', 'MX-ANAM');
      const byRole: Partial<Record<Role, Actor>> = {};
      for (const role of ROLES) byRole[role] = await makeUser(tx, agency, [role], `only-${role}`);
      return byRole as Record<Role, Actor>;
    });
    const app: App = await buildApp({ db });
    try {
      // Logging out ends the session the later requests would use: it goes last.
      const ops = (await operations()).sort(
        (a, b) => Number(a.key === 'POST /api/auth/logout') - Number(b.key === 'POST /api/auth/logout'),
      );
      expect(ops.map((o) => o.key).sort()).toEqual(Object.keys(EXPECTED).sort());
      const mismatches: string[] = [];
      for (const op of ops) {
        const audience = EXPECTED[op.key]!;
        for (const role of [null, ...ROLES] as const) {
          const allowed =
            audience === 'public' || (role !== null && (audience === ANYONE || audience.includes(role)));
          const response = await app.inject({
            method: op.method as 'GET',
            url: op.url,
            ...(role ? { headers: { authorization: `Bearer ${actors[role].credential}` } } : {}),
            ...(op.body !== undefined ? { payload: op.body as object } : {}),
          });
          const error = response.statusCode >= 400 ? errorOf(response.json()) : undefined;
          const denied =
            error?.code === 'UNAUTHENTICATED' ||
            (error?.code === 'FORBIDDEN' && (error.detail ?? '').startsWith('needs one of'));
          if (denied === allowed)
            mismatches.push(
              `${op.key} as ${role ?? 'no session'}: expected ${allowed ? 'allow' : 'deny'}, got ${response.statusCode} ${error?.code ?? ''}`,
            );
        }
      }
      expect(mismatches).toEqual([]);
    } finally {
      await app.close();
    }
  }, 300_000);
});
