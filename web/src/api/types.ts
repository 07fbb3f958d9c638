/**
 * The names the views give to what the API sends: each an alias of a route's documented response in the
 * generated schema.d.ts (never a hand-written copy), so a change to a server's zod schema reaches every view
 * through `npm run generate` and `tsc`.
 */
import type { FetchResponse } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * The JSON body a route answers with when it succeeds, as the client reads it (openapi-fetch's view of the
 * document, in which a [lon, lat] pair is a number[]: what `unwrap` returns, so the two never disagree).
 */
export type ResponseOf<P extends keyof paths, M extends Method = 'get'> = NonNullable<
  FetchResponse<NonNullable<paths[P][M]>, object, `${string}/${string}`>['data']
>;

/** The JSON body a route accepts. */
export type RequestOf<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** What a GET route accepts in its query string. */
export type QueryOf<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Query } }
  ? NonNullable<Query>
  : never;

/**
 * A run-time list of every value of a generated union, checked both ways by tsc: a value the server adds or
 * drops fails to compile here rather than going missing from a menu.
 */
export const everyValue =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;

export type Me = ResponseOf<'/api/me'>;
export type Agency = Me['agency'];
export type Role = Me['roles'][number];
export type Locale = Me['locale'];
export const ROLES = everyValue<Role>()([
  'analyst',
  'regulator',
  'advisor',
  'commander',
  'auditor',
  'admin',
] as const);

export type Marking = ResponseOf<'/api/alerts'>['items'][number]['marking'];
export type Tlp = Marking['tlp'];
export const TLP_LEVELS = everyValue<Tlp>()(['clear', 'green', 'amber', 'amber+strict', 'red'] as const);
/** A marking as its owner changes it: the owner stays who it is. */
export type MarkingChange = RequestOf<'/api/markings/{table}/{id}/preview', 'post'>;
export type MarkingPreview = ResponseOf<'/api/markings/{table}/{id}/preview', 'post'>;
/** The bilingual explanation every reason (screening, matching) carries. */
export type Reason = Alert['reasons'][number];

export type DashboardData = ResponseOf<'/api/dashboard'>;

export type AlertPage = ResponseOf<'/api/alerts'>;
export type Alert = AlertPage['items'][number];
export type AlertQueryParams = QueryOf<'/api/alerts'>;

export type FindingPage = ResponseOf<'/api/findings'>;
export type QueuedFinding = FindingPage['items'][number];
export type FindingDetail = ResponseOf<'/api/findings/{id}'>;
export type FindingHistoryEntry = FindingDetail['actions'][number];
export type FindingQueryParams = QueryOf<'/api/findings'>;
/** The workflow's actions, the same on alerts and findings. */
export type WorkflowAction = 'acknowledge' | 'assign' | 'dismiss' | 'escalate';

export type ConsignmentPage = ResponseOf<'/api/consignments'>;
export type ConsignmentSummary = ConsignmentPage['items'][number];
export type ConsignmentQueryParams = QueryOf<'/api/consignments'>;
export type Consignment = ResponseOf<'/api/consignments/{bol}'>;
export type DeclarationLine = Consignment['lines'][number];
export type CustodyEvent = Consignment['timeline'][number];
export type ConsignmentFinding = Consignment['findings'][number];
export type DeclaredDestination = NonNullable<Consignment['declaredDestination']>;
export type PortTrack = ResponseOf<'/api/ports/{locode}/tracks'>['items'][number];
export type Location = ResponseOf<'/api/locations'>['items'][number];

export type Entity = ResponseOf<'/api/entities/{id}'>;
export type RecordGroup = ResponseOf<'/api/entities/{id}/groups'>['items'][number];
export type Network = ResponseOf<'/api/entities/{id}/network'>;
export type NetworkNode = Network['nodes'][number];

export type AuditEntry = ResponseOf<'/api/audit'>['items'][number];
export type AuditQueryParams = QueryOf<'/api/audit'>;
export type AuditVerification = ResponseOf<'/api/audit/verify'>;

export type AdminUser = ResponseOf<'/api/users'>['items'][number];
export type NewUser = RequestOf<'/api/users', 'post'>;
export type UserChange = RequestOf<'/api/users/{id}', 'patch'>;
export type Nation = ResponseOf<'/api/nations'>['items'][number];
export type ApiToken = ResponseOf<'/api/users/{id}/tokens'>['items'][number];

export type SearchHit = ResponseOf<'/api/search'>['items'][number];

/** The sharing workflow (web/src/sharing): a batch release's preview and answer, the shared view's lists. */
export type ReleaseRequest = RequestOf<'/api/markings/batch', 'post'>;
export type ReleasePreview = ResponseOf<'/api/markings/batch/preview', 'post'>;
export type ReleaseResult = ResponseOf<'/api/markings/batch', 'post'>;
export type ReleasesPage = ResponseOf<'/api/markings/releases'>;
export type ReceivedGroups = ResponseOf<'/api/federation/received'>['groups'];
export type ReceivedRecord = ResponseOf<'/api/federation/received/{id}'>;
export type PeerStatuses = ResponseOf<'/api/federation/sync'>['peers'];
export type Peer = ResponseOf<'/api/peers'>['peers'][number];
export type AddedPeer = ResponseOf<'/api/peers', 'post'>;
