// Moved to src/shared/workflow.ts (issue 13); this re-export goes when screening and custody import it from there.
export * from '../shared/workflow.ts';
