/**
 * A UN/LOCODE as the schemas accept it: two letters of country, three of place (letters and the digits 2–9,
 * which UN/LOCODE uses where letters ran out), upper case. The one pattern for every route, import and form.
 */
export const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;
