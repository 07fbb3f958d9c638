/**
 * The scenario capability's public face: the truth of a generated world, which the evaluations of the other
 * capabilities (resolution's precision and recall) read back.
 */
export { readTruth } from './truth.ts';
