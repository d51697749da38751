import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { errorSentence, loadFaults, offersRetry, writeFaults, type FaultCase } from './fault-cases.js';
import { useFaultRig, type FaultRig, type Lane } from './fault-rig.js';
import type { ArmedRule } from './fault-proxy.js';
import { Tally } from './tally.js';
import { loadTargets, recordedErrors, waitForAny, waitForText, writeTargets, type LoadTarget, type RecordedError, type WriteTarget } from './targets.js';

// Issue #6: a proxy in front of the real server breaks one route at a time — malformed JSON,
// wrong types, a huge body, a delay past the timeout, 5xx, 401/403, 409/412, a cut connection —
// and for every landed widget and every fault the suite checks three things in real Chromium:
// the right Danish sentence in the widget's live region, the widget still works once the fault is
// gone (its own retry succeeds and the server holds the change exactly once), and nothing typed
// was lost. It ends with a table of how many combinations were tried and how many held.

/** The widget told its host what failed: the route that was broken, with the SDK's error kind. */
function assertRecorded(errors: readonly RecordedError[], operation: string, route: string, fault: FaultCase): void {
  const expected = fault.error!;
  const match = errors.find(
    (error) =>
      error.operation === operation &&
      error.route === route &&
      error.kind === expected.kind &&
      (expected.status === undefined || error.status === expected.status),
  );
  assert.ok(
    match,
    `a uf-error for ${operation} ${route} of kind ${expected.kind}${expected.status ? ` ${expected.status}` : ''}; recorded: ${JSON.stringify(errors)}`,
  );
}

function assertReached(rule: ArmedRule, fault: FaultCase): void {
  assert.ok(rule.hits >= 1, 'the fault was applied to at least one request');
  // A request the browser gave up on, or that the proxy refused, never reached the server.
  if (!fault.lands) assert.equal(rule.forwarded, 0, 'no faulted request reached the server');
}

/** Waits until the widget shows what it loaded. */
async function loaded(page: Page, target: LoadTarget | WriteTarget): Promise<void> {
  await target.content(page).first().waitFor({ timeout: 15_000 });
}

async function tryLoad(lane: Lane, target: LoadTarget, fault: FaultCase): Promise<void> {
  const rule = lane.inject({ method: 'GET', route: target.route, fault: fault.fault, ...(fault.times ? { times: fault.times } : {}) });
  const page = await lane.open(target.page);
  try {
    const alert = page.locator(`${target.page.tag} [part~="error"] [role="alert"]`);
    if (fault.outcome === 'recovers') {
      await loaded(page, target);
      assert.equal(await alert.count(), 0, 'no error is shown');
      assert.deepEqual(await recordedErrors(page), [], 'no uf-error');
    } else {
      // The widgets word errors for their reader by the same rule: a widget in youth mode speaks to the young person.
      await waitForText(alert, errorSentence(fault, target.page.attributes?.['mode'] === 'youth' ? 'youth' : 'staff'));
      if (target.firesErrors !== false) assertRecorded(await recordedErrors(page), 'load', `GET ${target.route}`, fault);
      lane.clear();
      const retry = page.locator(`${target.page.tag} [part~="retry-button"]`);
      if (offersRetry(fault)) {
        await retry.click();
        await loaded(page, target);
        assert.equal(await alert.count(), 0, 'the error is gone after retrying');
      } else {
        // Access is given outside the widget; the person then opens the page again.
        assert.equal(await retry.count(), 0, 'no "Prøv igen" where trying again cannot help');
      }
    }
    assertReached(rule, fault);
    // A widget that throws is not "still usable".
    assert.deepEqual(lane.pageErrors, [], 'no uncaught errors or rejections on the page');
  } catch (error) {
    await lane.discardPage();
    throw error;
  } finally {
    lane.clear();
  }
}

/**
 * Waits for the widget's "saved". A write that landed while its answer was broken meets the
 * server's real 412 when tried again; the widget then shows a conflict and the person saves again.
 */
async function settle<Typed>(page: Page, target: WriteTarget<Typed>, typed: Typed, fault: FaultCase): Promise<'ownConflict' | void> {
  const saved = target.saved(page, typed);
  const conflict = fault.lands ? target.landedConflict?.(page, typed) : undefined;
  if (!conflict) return waitForText(saved.locator, saved.text, 15_000);
  if ((await waitForAny([saved, conflict.said], 15_000)) === 0) return;
  await target.kept(page, typed);
  await conflict.reapply.click();
  await waitForText(saved.locator, saved.text, 15_000);
  return 'ownConflict';
}

async function tryWrite<Typed>(rig: FaultRig, lane: Lane, target: WriteTarget<Typed>, fault: FaultCase, n: number): Promise<'ownConflict' | void> {
  const page = await lane.open(target.page);
  try {
    await loaded(page, target);
    const arm = () => lane.inject({ method: target.method, route: target.route, fault: fault.fault, ...(fault.times ? { times: fault.times } : {}) });
    let rule = target.savesByItself ? arm() : undefined;
    const typed = await target.enter(page, n, rig);
    rule ??= arm();
    await target.save(page);
    if (fault.outcome !== 'recovers') {
      const problem = target.problem(page, fault, typed);
      await waitForText(problem.locator, problem.text);
      assertRecorded(await recordedErrors(page), target.operation, `${target.method} ${target.route}`, fault);
      await target.kept(page, typed);
      lane.clear();
      if (target.retryButton && !offersRetry(fault)) {
        // The same request gets the same answer: no "Prøv igen". Once access is given, the person saves again themselves.
        assert.equal(await target.retryButton(page).count(), 0, 'no "Prøv igen" where trying again cannot help');
        await (target.saveAgain ?? ((again) => target.save(again)))(page, typed);
      } else {
        await target.retry(page, fault);
      }
    }
    const settled = await settle(page, target, typed, fault);
    assertReached(rule, fault);
    if (fault.outcome === 'recovers') assert.deepEqual(await recordedErrors(page), [], 'no uf-error');
    await target.stored(rig, typed);
    // A widget that throws is not "still usable".
    assert.deepEqual(lane.pageErrors, [], 'no uncaught errors or rejections on the page');
    return settled;
  } catch (error) {
    await lane.discardPage();
    throw error;
  } finally {
    lane.clear();
  }
}

// Four lanes side by side, so one combination's waits (the timeout, the SDK's backoff, the
// autosave pause) overlap another's. Each lane has its own browser context, and its faults break
// only its own requests. Writes that share a version (an ETag) stay in one lane: the plan's staff
// edits and the young person's comment in one; the contact, the draft, the rounds and the
// readings in another. Reads change nothing, so they split by widget.
const isPlan = (target: WriteTarget) => target.page.tag === 'uf-plan' || target.changesPlan === true;
// The catalogue and the overview read in the questionnaire's lane: the two lanes of reads then take about as long.
const inSecondReadLane = (tag: string) => tag.startsWith('uf-criteria-') || tag === 'uf-offer-catalogue';
const lanes = [
  { name: 'reads: contact, plan, progression', loads: loadTargets.filter((target) => !inSecondReadLane(target.page.tag)), writes: [] },
  { name: 'reads: questionnaire, summary, offer catalogue, overview', loads: loadTargets.filter((target) => inSecondReadLane(target.page.tag)), writes: [] },
  { name: 'plan writes', loads: [], writes: writeTargets.filter((target) => isPlan(target)) },
  { name: 'other writes', loads: [], writes: writeTargets.filter((target) => !isPlan(target)) },
] as const;

describe('fault injection: every landed widget × every fault', { concurrency: lanes.length }, () => {
  const rig = useFaultRig('faults');
  const tally = new Tally();
  const started = Date.now();
  after(() => console.log(`\n${tally.report((Date.now() - started) / 1000)}`));

  // Every widget once without a fault, in its lane, pressing its retry until it has loaded: the
  // server's first queries, the page's first compile and Chromium's first connections can pass the
  // short timeout, and a combination must not fail for being the first.
  before(async () => {
    await Promise.all(
      lanes.map(async (lane) => {
        for (const target of [...lane.loads, ...lane.writes]) {
          const page = await rig.lane(lane.name).open(target.page);
          const retry = page.locator(`${target.page.tag} [part~="retry-button"]`);
          const deadline = Date.now() + 60_000;
          while (
            (await waitForAny(
              [
                { locator: target.content(page), text: /.*/ },
                { locator: retry, text: /.*/ },
              ],
              deadline - Date.now(),
            )) === 1
          )
            await retry.click();
        }
      }),
    );
  });

  let n = 0;
  for (const lane of lanes) {
    describe(lane.name, { concurrency: 1 }, () => {
      for (const target of lane.loads) {
        const row = `${target.widget} · GET ${target.route}`;
        tally.register(row);
        for (const fault of loadFaults) it(`${row} · ${fault.name}`, () => tally.track(row, fault.name, () => tryLoad(rig.lane(lane.name), target, fault)));
      }
      for (const target of lane.writes) {
        const row = `${target.widget} · ${target.method} ${target.route}`;
        tally.register(row);
        for (const fault of writeFaults)
          it(`${row} · ${fault.name}`, () => tally.track(row, fault.name, () => tryWrite(rig, rig.lane(lane.name), target, fault, (n += 1))));
      }
    });
  }
});
