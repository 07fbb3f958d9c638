/**
 * The EPCIS 2.0 REST query binding's common parameters (research/tracking.md §1.4): parsed from
 * the URL with zod, pagination by an opaque `nextPageToken` (the last row's time and id, so pages
 * stay stable while events are captured), results as an EPCISQueryDocument.
 */
import { z } from 'zod';
import { cbvBareWord } from './normalise.ts';

/** `style: pipeDelimited`: `EQ_bizStep=shipping|receiving`. */
const pipeList = z
  .string()
  .min(1)
  .transform((s) => s.split('|').filter((v) => v !== ''));
const cbvList = pipeList.transform((values) => values.map((v) => cbvBareWord(v) ?? v));
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());

export const EventQueryParams = z.object({
  eventType: pipeList.optional(),
  GE_eventTime: instant.optional(),
  LT_eventTime: instant.optional(),
  EQ_bizStep: cbvList.optional(),
  EQ_disposition: cbvList.optional(),
  MATCH_epc: pipeList.optional(),
  EQ_readPoint: pipeList.optional(),
  EQ_bizLocation: pipeList.optional(),
  EQ_bizTransaction_bol: pipeList.optional(),
  perPage: z.coerce.number().int().min(1).max(1000).default(30),
  nextPageToken: z.string().max(500).optional(),
});
export type EventQueryParams = z.infer<typeof EventQueryParams>;

export interface EventQuery extends Omit<EventQueryParams, 'perPage' | 'nextPageToken'> {
  after?: { eventTime: string; id: string } | undefined;
}

const PageCursor = z.object({ t: z.iso.datetime(), id: z.uuid() });

export function encodePageToken(eventTime: Date | string, id: string): string {
  return Buffer.from(JSON.stringify({ t: new Date(eventTime).toISOString(), id })).toString('base64url');
}

/** The cursor in a token, or null when the token is not one this server issued. */
export function decodePageToken(token: string): { eventTime: string; id: string } | null {
  try {
    const parsed = PageCursor.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? { eventTime: parsed.data.t, id: parsed.data.id } : null;
  } catch {
    return null;
  }
}

const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

export function queryDocument(events: readonly Record<string, unknown>[], creationDate: string) {
  return {
    '@context': [EPCIS_CONTEXT],
    type: 'EPCISQueryDocument' as const,
    schemaVersion: '2.0',
    creationDate,
    epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: events } } },
  };
}
