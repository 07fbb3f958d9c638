/**
 * The resolution capability's public face, as far as other folders need it today: the global search over
 * companies (party records and the entities they resolve into). Other imports of resolution's files predate
 * this face (eslint/known-violations.js).
 */
export { searchCompanies } from './search.repository.ts';
