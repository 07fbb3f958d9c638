/**
 * The values the queue's filters offer. The API accepts free text for each filter; these lists are what the
 * screening and custody capabilities emit (labels come from the i18n catalogue, unknown values show raw).
 */
export const VERDICTS = ['controlled', 'analogue', 'suspect', 'clear'] as const;
export const ALERT_KINDS = [
  'screening',
  'no_permit',
  'over_quota',
  'unlicensed_site',
  'quantity_loss',
  'route_deviation',
  'dwell',
  'tracking_lost',
  'split',
  'transshipment',
] as const;
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export const STATUSES = ['open', 'acknowledged', 'assigned', 'escalated', 'dismissed'] as const;
export const PORTS = [
  { locode: 'MXZLO', name: 'Manzanillo' },
  { locode: 'MXLZC', name: 'Lázaro Cárdenas' },
  { locode: 'MXVER', name: 'Veracruz' },
  { locode: 'MXATM', name: 'Altamira' },
  { locode: 'MXESE', name: 'Ensenada' },
] as const;
