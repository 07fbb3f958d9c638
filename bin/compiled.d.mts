/** Whether dist/ is newer than every source it compiled (see compiled.mjs). */
export function compiledIsCurrent(): boolean;
