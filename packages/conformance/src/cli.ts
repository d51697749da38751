#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FIXTURES, readFixtures } from './fixtures.js';
import { formatReport } from './report.js';
import { runConformance } from './run-conformance.js';

const usage = `Checks an implementation of the Ungeforløb API against its contract.

Usage: npm run conformance -- --base-url URL [--fixtures FILE] [--json]

  --base-url URL    the API's base, e.g. https://ung.kommune.example/api/v1
  --fixtures FILE   the implementation's courses, offer, questionnaire and a token command per
                    role (default: the reference server's demo seed)
  --json            the outcomes as JSON instead of the report

Exits 0 when every check passed, 1 when one failed, 2 when it could not run.`;

async function main(): Promise<number> {
  let values: { 'base-url'?: string; fixtures?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { 'base-url': { type: 'string' }, fixtures: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const baseUrl = values['base-url'];
  if (!baseUrl || !URL.canParse(baseUrl)) {
    console.error(`--base-url needs the API's base URL.\n\n${usage}`);
    return 2;
  }
  // npm run starts the script in the repository root; a path is meant from where npm was run.
  const fixturesPath = values.fixtures ? resolve(process.env['INIT_CWD'] ?? process.cwd(), values.fixtures) : DEFAULT_FIXTURES;
  try {
    const { fixtures, folder } = await readFixtures(fixturesPath);
    const results = await runConformance({ baseUrl, fixtures, folder });
    if (values.json) console.log(JSON.stringify({ passed: results.passed, failed: results.failed, outcomes: results.outcomes }, null, 2));
    else console.log(formatReport(results, `Ungeforløb conformance: ${baseUrl}\nfixtures: ${fixturesPath}`));
    return results.failed === 0 ? 0 : 1;
  } catch (error) {
    console.error(`The kit could not run: ${(error as Error).message}`);
    return 2;
  }
}

process.exitCode = await main();
