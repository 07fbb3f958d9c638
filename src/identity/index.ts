/**
 * The identity capability's public face: the reads of its own tables that other capabilities need (who a user
 * is, to check an assignee). Who is acting (`Actor`, roles) is shared vocabulary: src/shared/actor.ts.
 */
export { findUserById } from './repository.ts';
