// Writes the JSON Schema files of schemas/ from their zod definitions (compiled to out/ by tsc).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const { configSchema } = require('../out/schemas/config.js');
const { checkOutputSchema } = require('../out/schemas/checkOutput.js');
const { importOutputSchema } = require('../out/schemas/importOutput.js');

const write = (name, schema, title) => {
  const json = { ...z.toJSONSchema(schema, { io: 'input' }), title };
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), JSON.stringify(json, null, 2) + '\n');
};
write('nianbaorc.schema.json', configSchema, 'Nianbao configuration (.nianbaorc.json)');
write('check-output.schema.json', checkOutputSchema, 'nianbao check --format json');
write('import-output.schema.json', importOutputSchema, 'nianbao import --format json');
console.log('schemas written');
