/**
 * Value parsers shared by both engines so that rows look the same whichever engine produced them:
 * bigint and numeric as JS numbers (counts and kilograms fit), dates as ISO `YYYY-MM-DD` strings.
 */
const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

export const parsers: Record<number, (value: string) => unknown> = {
  [OID.int8]: (v) => Number(v),
  [OID.numeric]: (v) => Number(v),
  [OID.date]: (v) => v,
};
