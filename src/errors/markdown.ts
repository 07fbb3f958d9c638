import { catalogue } from './catalogue.ts';

/** docs/ERRORS.md, generated from the catalogue so that the two never disagree. */
export function errorsMarkdown(): string {
  const lines = [
    '# Error codes',
    '',
    'Every error the API or the CLI returns has one of these codes (generated from `src/errors/`; run',
    '`npm run generate`). HTTP responses carry `{ error: { code, message: { en, es }, field?, row?, detail?, requestId } }`;',
    'the CLI prints `centinela: CODE: message (row, field): detail` and exits 2 for 4xx codes, 1 for 5xx.',
    '',
    '| code | HTTP | English | Español |',
    '|---|---|---|---|',
  ];
  for (const [code, entry] of Object.entries(catalogue).sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| \`${code}\` | ${entry.status} | ${entry.en} | ${entry.es} |`);
  }
  return lines.join('\n') + '\n';
}
