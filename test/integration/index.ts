import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

/** Runs the integration suite inside the extension host (called by VS Code with extensionTestsPath). */
export function run(): Promise<void> {
  // The runner checks that each run had the display language it asked for.
  console.log(`nianbao display language: ${vscode.env.language}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- mocha's programmatic API is CommonJS
  const mochaModule = require('mocha') as typeof import('mocha') & { Mocha?: typeof import('mocha') };
  const Mocha = mochaModule.Mocha ?? mochaModule;
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, reporter: 'spec' });
  for (const f of readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort())
    mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      // The plain closing line CI reads, as in the unit suite.
      console.log(`vscode: ${mocha.suite.total() - failures} passed, ${failures} failed`);
      if (failures) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
