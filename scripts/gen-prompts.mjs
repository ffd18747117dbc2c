// Bundles the prompt templates of prompts/ into src/drafting/promptTexts.ts, so that the drafter needs no
// file system (architecture: drafting imports no node:*). Run by `npm run build` and `npm run gen`; a unit
// test fails when the module and prompts/ differ.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const folder = new URL('../prompts/', import.meta.url);
const names = readdirSync(folder)
  .filter((f) => f.endsWith('.md'))
  .sort();
const entries = names.map(
  (f) => `  ${JSON.stringify(f.slice(0, -3))}: ${JSON.stringify(readFileSync(new URL(f, folder), 'utf8'))},`,
);
const source = `// Generated from prompts/*.md by scripts/gen-prompts.mjs (npm run gen, npm run build): do not edit.
/* prettier-ignore */
export const PROMPT_TEXTS: Readonly<Record<string, string>> = {
${entries.join('\n')}
};
`;
const target = new URL('../src/drafting/promptTexts.ts', import.meta.url);
let current = '';
try {
  current = readFileSync(target, 'utf8');
} catch {
  // first run
}
if (current !== source) writeFileSync(target, source);
