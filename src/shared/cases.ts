/**
 * The vocabulary of cases and host-led operations (src/cases, docs/OPERATIONS.md), shared with the web: the
 * kinds of record a case links, the operation lifecycle and who may move it, the kinds of outcome.
 */
export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_LINK_KINDS = ['alert', 'finding', 'consignment', 'entity', 'incident', 'lead'] as const;
export type CaseLinkKind = (typeof CASE_LINK_KINDS)[number];

export const OPERATION_STATUSES = [
  'draft',
  'proposed',
  'approved',
  'rejected',
  'under_way',
  'concluded',
  'withdrawn',
] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const OPERATION_ACTIONS = ['propose', 'approve', 'reject', 'start', 'conclude', 'withdraw'] as const;
export type OperationAction = (typeof OPERATION_ACTIONS)[number];

/**
 * Each action: the states it leaves from, the state it reaches, and whether only a commander of the territory's
 * nation may take it (the others: an analyst or a commander of that nation). A partner's advisor takes none.
 */
export const OPERATION_MOVES: Record<
  OperationAction,
  { from: readonly OperationStatus[]; to: OperationStatus; commander: boolean }
> = {
  propose: { from: ['draft'], to: 'proposed', commander: false },
  approve: { from: ['proposed'], to: 'approved', commander: true },
  reject: { from: ['proposed'], to: 'rejected', commander: true },
  start: { from: ['approved'], to: 'under_way', commander: true },
  conclude: { from: ['under_way'], to: 'concluded', commander: true },
  withdraw: { from: ['draft', 'proposed', 'approved'], to: 'withdrawn', commander: false },
};

export const OPERATION_COMMENT_KINDS = ['comment', 'recommendation'] as const;
export type OperationCommentKind = (typeof OPERATION_COMMENT_KINDS)[number];

export const OUTCOME_KINDS = [
  'seizure',
  'site_found',
  'site_not_found',
  'entity_confirmed',
  'arrest',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** What a notification tells its recipient (the words are the web's): src/cases/notifications.service.ts. */
export const NOTIFICATION_KINDS = ['assigned', 'awaiting_decision', 'decided', 'commented'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
