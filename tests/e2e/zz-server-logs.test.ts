import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { SERVER_LOG_DIR_VARIABLE, serverLogFileOf } from './harness.js';
import { personalDataFinder, seededNames } from './personal-data.js';

// Issue #6: no CPR number and no name in URLs, logs or error messages. After every other
// end-to-end suite has run its servers (node runs the files in sorted order, one at a time under
// --test-concurrency=1; hence "zz-"), every line they logged is searched for every seeded name and
// anything shaped like a CPR number.

const thisFile = basename(import.meta.filename);
const otherSuites = readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
  .map((file) => basename(file))
  .filter((file) => file.endsWith('.test.ts') && file !== thisFile);

describe('the end-to-end servers’ logs', () => {
  const logDir = process.env[SERVER_LOG_DIR_VARIABLE];

  test('hold a log from every other end-to-end suite, so the search below is not vacuous', () => {
    assert.ok(logDir, `${SERVER_LOG_DIR_VARIABLE} is not set: run the end-to-end suites with \`npm run test:e2e\`, which makes a fresh log folder`);
    assert.ok(existsSync(logDir), `the log folder ${logDir} is missing`);
    const logs = readdirSync(logDir);
    assert.ok(logs.length > 0, `the log folder ${logDir} is empty`);
    // A suite without a log either ran after this one or started a server without the harness's
    // logger (quietLogger or useDemoRig): either way its lines would escape the search.
    const silent = otherSuites.filter(
      (suite) => !logs.includes(serverLogFileOf(suite)) || readFileSync(join(logDir, serverLogFileOf(suite)), 'utf8').trim() === '',
    );
    assert.deepEqual(silent, [], 'every end-to-end suite logs its servers’ lines to the run’s log folder');
  });

  test('name no seeded person and carry no CPR-shaped number', () => {
    assert.ok(logDir && existsSync(logDir), 'no log folder (see the test above)');
    const find = personalDataFinder();
    const files = readdirSync(logDir).filter((file) => file.endsWith('.log'));
    assert.ok(files.length > 0, 'no log files (see the test above)');
    let lines = 0;
    const findings: string[] = [];
    for (const file of files) {
      const fileLines = readFileSync(join(logDir, file), 'utf8')
        .split('\n')
        .filter((line) => line !== '');
      lines += fileLines.length;
      fileLines.forEach((line, index) => {
        for (const finding of find(line)) findings.push(`${file}:${index + 1}: ${finding.kind} ${finding.what}`);
      });
    }
    const names = seededNames();
    console.log(
      `server logs: ${lines} lines in ${files.length} files searched for ${names.length} seeded names (${names.flatMap((name) => name.needles).length} spellings) and CPR numbers: ${findings.length} found`,
    );
    assert.ok(lines > 0, 'the log files are empty');
    assert.deepEqual(findings.slice(0, 50), [], `personal data in the server logs (${logDir}, kept after a failed run)`);
  });

  test('the search finds each seeded name, each name part and a CPR number, and passes a clean line', () => {
    const find = personalDataFinder();
    const clean =
      '2026-11-23T10:15:00.000Z info access method=GET route=/api/v1/courses/{courseId}/plan status=200 ms=12.3 requestId=0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    assert.deepEqual(find(clean), []);
    for (const { name, needles } of seededNames()) {
      for (const needle of needles)
        assert.ok(
          find(`failure detail="${needle.toLowerCase()} not found"`).some((finding) => finding.what === needle),
          `${needle} (of ${name}) is found`,
        );
    }
    assert.ok(find('GET /api/v1/courses/Am%C3%A1lie').length === 0, 'a different spelling is not that name');
    assert.ok(
      find(`route=/search?q=${encodeURIComponent('Sørensen')}`).some((finding) => finding.what === 'Sørensen'),
      'a URL-encoded name is found',
    );
    for (const cpr of ['010190-1234', '3112991234', 'cpr=0101901234']) assert.deepEqual(find(`line ${cpr}`), [{ kind: 'cpr', what: 'ddmmyy-xxxx' }], cpr);
    for (const notCpr of ['requestId=ab010190-1234-4abc-8def-0123456789ab', '1700000000000', 'ms=3201991234.5']) assert.deepEqual(find(notCpr), [], notCpr);
  });
});
