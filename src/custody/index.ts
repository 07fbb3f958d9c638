/**
 * The custody capability's public face, as far as other folders need it today: the global search over its
 * registries (permits, places). Other imports of custody's files predate this face (eslint/known-violations.js).
 */
export { searchPermits, searchPlaces } from './search.repository.ts';
