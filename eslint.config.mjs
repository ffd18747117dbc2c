// Lint, including the import boundaries of the architecture (who may import whom).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const HEAVY = ['openai', 'docx', 'mammoth'];
const nodeBuiltins = { group: ['node:*'], message: 'The core is pure: no file system, no network (architecture.md).' };
const folder = (name, message) => ({ group: [`**/${name}/*`, `**/${name}`], message });

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'src/core/formats/traditional.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  prettier,
  {
    // Prettier wraps code at 120 columns; strings, templates and patterns it cannot wrap are held to 120 here too
    // (messages are split into pieces, patterns of several shapes written with oneOf). A word list (a data table)
    // says so on the line before it; the prompts bundled from prompts/*.md are generated.
    files: ['src/**/*.ts', 'schemas/**/*.ts'],
    ignores: ['src/drafting/promptTexts.ts'],
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['vscode', ...HEAVY].map((name) => ({ name, message: 'Not in the core (architecture.md).' })),
          patterns: [
            nodeBuiltins,
            {
              group: ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'worker_threads', 'crypto'],
              message: 'The core is pure (architecture.md).',
            },
            folder('cli', 'The core never imports a host.'),
            folder('extension', 'The core never imports a host.'),
            folder('importers', 'The core never imports other src folders.'),
            folder('exporters', 'The core never imports other src folders.'),
            folder('drafting', 'The core never imports other src folders.'),
          ],
        },
      ],
    },
  },
  ...[
    ['importers', ['exporters', 'drafting']],
    ['exporters', ['importers', 'drafting']],
    ['drafting', ['importers', 'exporters']],
  ].map(([name, others]) => ({
    files: [`src/${name}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/extension imports vscode.' }],
          patterns: [
            {
              ...nodeBuiltins,
              message: 'Importers, exporters and drafting are pure: the hosts own files and the network.',
            },
            folder('cli', 'Hosts are not imported.'),
            folder('extension', 'Hosts are not imported.'),
            ...others.map((o) => folder(o, `${name} never imports ${o} (architecture.md).`)),
          ],
        },
      ],
    },
  })),
  {
    // The conversation behind @nianbao: core, drafting, schemas (and the model client); no host, no file system.
    files: ['src/chat/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/extension imports vscode (architecture.md).' }],
          patterns: [
            nodeBuiltins,
            folder('cli', 'Hosts are not imported.'),
            folder('extension', 'Hosts are not imported.'),
            folder('importers', 'The chat works on the Markdown report only.'),
            folder('exporters', 'The chat works on the Markdown report only.'),
          ],
        },
      ],
    },
  },
  // The hosts use the engine through its public surface, src/core/index.ts.
  {
    files: ['src/cli/**/*.ts', 'src/extension/engine.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The CLI never imports vscode.' }],
          patterns: [
            folder('extension', 'The CLI never imports the extension.'),
            { group: ['**/core/*', '!**/core/index'], message: 'Hosts import the core through src/core/index.ts.' },
          ],
        },
      ],
    },
  },
  // The extension's activation code: no CLI, and of the core only core/text (no dependencies), so that
  // activating the extension does not load the engine (a bundle of its own, loaded on first use).
  {
    files: ['src/extension/**/*.ts'],
    ignores: ['src/extension/engine.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '../core',
              allowTypeImports: true,
              message: 'The extension reaches the engine through ./engine, loaded lazily.',
            },
          ],
          patterns: [
            folder('cli', 'The extension never imports the CLI.'),
            {
              group: [
                '../core/*',
                '!../core/text',
                ...['importers', 'exporters', 'drafting', 'chat'].flatMap((f) => [`../${f}`, `../${f}/*`]),
              ],
              allowTypeImports: true,
              message:
                'The extension reaches the engine through ./engine (loaded lazily by ./lazy); only core/text is imported directly.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextDecoder: 'readonly',
      },
    },
  },
);
