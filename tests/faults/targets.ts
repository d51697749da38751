import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import {
  addDays,
  danishToday,
  routes,
  type ChannelKind,
  type ContactLog,
  type CourseMeetings,
  type CourseNeeds,
  type CourseProgression,
  type NeedsBank,
  type Plan,
  type QuestionnaireResponse,
} from '@ungeforlob/sdk';
import { da, errorSentence, isRetryable, type FaultCase } from './fault-cases.js';
import type { FaultRig, WidgetPage } from './fault-rig.js';
import { da as questionnaireDa } from '../../packages/elements/src/criteria-questionnaire/criteria-questionnaire.copy.da.js';
import { da as planDa } from '../../packages/elements/src/plan/plan.copy.da.js';
import { da as progressionDa } from '../../packages/elements/src/progression/progression.copy.da.js';
import { da as needsDa } from '../../packages/elements/src/needs-bank/needs-bank.copy.js';
import { da as contactLogDa } from '../../packages/elements/src/contact-log/contact-log.copy.js';
import { da as meetingDa } from '../../packages/elements/src/network-meeting/network-meeting.copy.js';

// What the suite does to each landed widget: where it reads (the load routes) and where it writes,
// how a person types into it, where it shows a problem and in which words, how they retry, and
// what the server must hold afterwards. The runner (faults.test.ts) is the same for all of them.
// Controls are found by their ids and `part`s: role-and-name queries walk the whole accessibility
// tree, which in a plan grown by a few hundred combinations costs seconds each.

/** The words on screen, with the whitespace of templates folded. */
export const folded = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** What `locator`'s first match shows, folded; `(not shown)` when it is absent or hidden. */
export async function shown(locator: Locator): Promise<string> {
  const [text] = await locator.evaluateAll((elements) => elements.slice(0, 1).map((element) => (element.checkVisibility() ? element.textContent : null)));
  return typeof text === 'string' ? folded(text) : '(not shown)';
}

const matches = (seen: string, expected: string | RegExp) => (typeof expected === 'string' ? seen === expected : expected.test(seen));

/** Waits until `locator`'s first match shows `expected` (exactly, after folding whitespace). */
export async function waitForText(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<void> {
  await waitForAny([{ locator, text: expected }], timeout);
}

/** Waits until one of the places shows its words; resolves with its index. */
export async function waitForAny(places: readonly Said[], timeout = 10_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const seen = await Promise.all(places.map((place) => shown(place.locator)));
    const found = places.findIndex((place, index) => matches(seen[index]!, place.text));
    if (found >= 0) return found;
    if (Date.now() > deadline) assert.fail(places.map((place, index) => `expected ${String(place.text)}\n      but saw ${seen[index]}`).join('\n    or '));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A read the widget makes when it loads. */
export interface LoadTarget {
  /** The widget as the summary names it: `uf-plan staff`. */
  widget: string;
  /** Whether it tells its host with a `uf-error` event. Default true. */
  firesErrors?: boolean;
  page: WidgetPage;
  route: string;
  /** What the widget shows once it has loaded. */
  content(page: Page): Locator;
}

/** Where a widget says something, and in which words. */
export interface Said {
  locator: Locator;
  text: string | RegExp;
}

/** A write the widget makes, and everything the runner needs to break it and check the widget after. */
export interface WriteTarget<Typed = unknown> {
  widget: string;
  page: WidgetPage;
  method: 'PUT' | 'PATCH' | 'POST';
  route: string;
  /** The `operation` of the widget's `uf-error` for this write. */
  operation: 'save' | 'submit';
  /** The widget writes by itself (autosave): the fault is armed before anything is typed. */
  savesByItself?: boolean;
  /** What the widget shows once it has loaded. */
  content(page: Page): Locator;
  /** Types and picks as a person would; returns what was entered. `n` makes each combination's text its own. */
  enter(page: Page, n: number, rig: FaultRig): Promise<Typed>;
  /** Presses the widget's save (nothing for an autosave). */
  save(page: Page): Promise<void>;
  /** The problem the widget must show for this fault. */
  problem(page: Page, fault: FaultCase, typed: Typed): Said;
  /** Fails unless everything entered is still in the form. */
  kept(page: Page, typed: Typed): Promise<void>;
  /** With the fault gone: the widget's own way to try again (nothing where it retries by itself). */
  retry(page: Page, fault: FaultCase): Promise<void>;
  /**
   * The button that sends the same again ("Prøv igen", "Gem nu"), where the widget has one apart
   * from its own save: offered only after a failure that can pass, never after a 403.
   */
  retryButton?(page: Page): Locator;
  /** After a failure where trying again cannot help, once it is gone (access given): the person's own way to save again. Default: `save`. */
  saveAgain?(page: Page, typed: Typed): Promise<void>;
  /** The confirmation that the write was saved. */
  saved(page: Page, typed: Typed): Said;
  /**
   * When a write landed but its answer was broken, trying again meets the server's real 412: the
   * widget shows a conflict and offers to save again. Those words, and the button.
   */
  landedConflict?(page: Page, typed: Typed): { said: Said; reapply: Locator };
  /** Fails unless the server holds what was entered, exactly once. */
  stored(rig: FaultRig, typed: Typed): Promise<void>;
  /** It changes the course's plan too (a proposal taken in): it runs in the plan's lane, whose edits carry its version. */
  changesPlan?: boolean;
}

const COURSE = 'c-4f2a91';
/** The course's young person, who writes the comment and picks the preferred channel. */
const YOUTH = 'p-7c21';
const PROFESSIONAL = 's-jk01';
/** A professional of the other team (Team Syd), who answers the course's needs in the needs bank. */
const COLLEAGUE = 's-pn05';
/** The seed's leader, who reads aggregates and no course. */
const LEADER = 'l-bh01';

/** What a person types in combination `n`: its own words, so the server can be asked for exactly that. */
const typedText = (n: number, what: string) => `Fejltest ${n}: ${what}`;

// ─── <uf-contact-card> ───────────────────────────────────────────────────────────────────────

const contactRoute = routes.contact.template;
const contactContent = (page: Page) => page.locator('uf-contact-card [part~="person"]');
const channelLabel = (kind: string) => (kind ? da.channels[kind as ChannelKind] : da.noPreference);

const contactCardWrite: WriteTarget<{ chosen: string; previous: string }> = {
  widget: 'uf-contact-card youth',
  page: { tag: 'uf-contact-card', user: YOUTH, attributes: { mode: 'youth' } },
  method: 'PATCH',
  route: contactRoute,
  operation: 'save',
  content: contactContent,
  async enter(page, n) {
    const radios = page.locator('uf-contact-card input[name="preferred-channel"]');
    const options = await radios.evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => ({ value: input.value, checked: input.checked })));
    const previous = options.find((option) => option.checked)?.value ?? '';
    const others = options.filter((option) => option.value !== '' && option.value !== previous);
    const chosen = others[n % others.length]!.value;
    await page.locator(`uf-contact-card input[name="preferred-channel"][value="${chosen}"]`).check();
    return { chosen, previous };
  },
  async save(page) {
    await page.locator('uf-contact-card [part~="save-button"]').click();
  },
  problem(page, fault, typed) {
    const locator = page.locator('uf-contact-card [part~="save-problem"] [role="alert"]');
    if (fault.outcome === 'conflict') return { locator, text: da.conflict(channelLabel(typed.chosen), channelLabel(typed.previous)) };
    return { locator, text: `${errorSentence(fault)} ${da.notSaved}` };
  },
  async kept(page, typed) {
    assert.equal(
      await page.locator(`uf-contact-card input[name="preferred-channel"][value="${typed.chosen}"]`).isChecked(),
      true,
      'the picked channel is still picked',
    );
  },
  async retry(page) {
    await page.locator('uf-contact-card [part~="reapply-button"]').click();
  },
  retryButton: (page) => page.locator('uf-contact-card [part~="reapply-button"]'),
  async saveAgain(page, typed) {
    // The refused choice stays picked, with "Fortryd mit valg": undo it, then choose it again.
    await page.locator('uf-contact-card [part~="discard-button"]').click();
    await page.locator(`uf-contact-card input[name="preferred-channel"][value="${typed.chosen}"]`).check();
    await page.locator('uf-contact-card [part~="save-button"]').click();
  },
  saved: (page) => ({ locator: page.locator('uf-contact-card [part~="preference"] [role="status"]'), text: da.youth.saved }),
  landedConflict: (page, typed) => ({
    // The answer was lost, not the write: the "other" version is the person's own choice.
    said: {
      locator: page.locator('uf-contact-card [part~="save-problem"] [role="alert"]'),
      text: da.conflict(channelLabel(typed.chosen), channelLabel(typed.chosen)),
    },
    reapply: page.locator('uf-contact-card [part~="reapply-button"]'),
  }),
  async stored(rig, typed) {
    const contact = (await rig.read(`courses/${COURSE}/contact`, YOUTH)) as { preferredChannel: string | null };
    assert.equal(contact.preferredChannel ?? '', typed.chosen);
  },
};

// ─── <uf-plan> ───────────────────────────────────────────────────────────────────────────────

const planRoute = routes.plan.template;
const readPlan = async (rig: FaultRig, user = PROFESSIONAL) => (await rig.read(`courses/${COURSE}/plan`, user)) as Plan;

const planProblem = (page: Page, fault: FaultCase, conflictWords: string, audience: 'youth' | 'staff'): Said => {
  const locator = page.locator('uf-plan [part~="save-problem"] [role="alert"]');
  if (fault.outcome === 'conflict') return { locator, text: conflictWords };
  return { locator, text: `${errorSentence(fault, audience)} ${planDa.notSaved}` };
};

interface StaffEdit<Typed> {
  name: string;
  enter(plan: Locator, n: number): Promise<Typed>;
  save(plan: Locator): Promise<void>;
  kept(plan: Locator, typed: Typed): Promise<void>;
  stored(plan: Plan, typed: Typed): void;
}

/** One kind of staff edit on the plan; all go through PUT /courses/{courseId}/plan. */
function staffPlanWrite<Typed>(edit: StaffEdit<Typed>): WriteTarget<Typed> {
  const plan = (page: Page) => page.locator('uf-plan');
  return {
    widget: `uf-plan staff: ${edit.name}`,
    page: { tag: 'uf-plan', user: PROFESSIONAL, attributes: { mode: 'staff' } },
    method: 'PUT',
    route: planRoute,
    operation: 'save',
    content: (page) => plan(page).locator('#note-text'),
    enter: (page, n) => edit.enter(plan(page), n),
    save: (page) => edit.save(plan(page)),
    problem: (page, fault) => planProblem(page, fault, planDa.conflict, 'staff'),
    kept: (page, typed) => edit.kept(plan(page), typed),
    async retry(page) {
      await plan(page).locator('[part~="reapply-button"]').click();
    },
    retryButton: (page) => plan(page).locator('[part~="reapply-button"]'),
    saveAgain: (page) => edit.save(plan(page)),
    saved: (page) => ({ locator: plan(page).locator('[part~="status"]'), text: planDa.staff.saved }),
    landedConflict: (page) => ({
      said: { locator: plan(page).locator('[part~="save-problem"] [role="alert"]'), text: planDa.conflict },
      reapply: plan(page).locator('[part~="reapply-button"]'),
    }),
    async stored(rig, typed) {
      edit.stored(await readPlan(rig), typed);
    },
  };
}

const noteEdit: StaffEdit<string> = {
  name: 'note',
  async enter(plan, n) {
    const note = typedText(n, 'en lille sejr');
    await plan.locator('#note-kind').selectOption('success');
    await plan.locator('#note-text').fill(note);
    return note;
  },
  save: (plan) => plan.locator('[part~="add-note-button"]').click(),
  async kept(plan, note) {
    assert.equal(await plan.locator('#note-text').inputValue(), note, 'the note as typed');
    assert.equal(await plan.locator('#note-kind').inputValue(), 'success', 'the kind as picked');
  },
  stored(plan, note) {
    assert.equal(plan.notes.filter((stored) => stored.text === note).length, 1, 'the note, exactly once');
  },
};

const goalEdit: StaffEdit<string> = {
  name: 'add goal',
  async enter(plan, n) {
    const goal = typedText(n, 'komme op om morgenen');
    await plan.locator('#add-goal').click();
    await plan.locator('#goal-kind').selectOption('coping');
    await plan.locator('#goal-text').fill(goal);
    return goal;
  },
  save: (plan) => plan.locator('[part~="save-form-button"]').click(),
  async kept(plan, goal) {
    assert.equal(await plan.locator('#goal-text').inputValue(), goal, 'the goal as typed');
    assert.equal(await plan.locator('#goal-kind').inputValue(), 'coping', 'the kind as picked');
  },
  stored(plan, goal) {
    assert.deepEqual(
      plan.goals.filter((stored) => stored.text === goal).map((stored) => stored.kind),
      ['coping'],
      'the goal, exactly once',
    );
  },
};

const lifeGoalEdit: StaffEdit<string> = {
  name: 'life goal',
  async enter(plan, n) {
    const lifeGoal = typedText(n, 'Jeg vil være tømrer');
    await plan.locator('#edit-life-goal').click();
    await plan.locator('#lifeGoal-text').fill(lifeGoal);
    return lifeGoal;
  },
  save: (plan) => plan.locator('[part~="save-form-button"]').click(),
  async kept(plan, lifeGoal) {
    assert.equal(await plan.locator('#lifeGoal-text').inputValue(), lifeGoal, 'the life goal as typed');
  },
  stored(plan, lifeGoal) {
    assert.equal(plan.lifeGoal?.text, lifeGoal);
  },
};

const effortEdit: StaffEdit<string> = {
  name: 'edit effort',
  async enter(plan, n) {
    const how = typedText(n, 'mødes hver tirsdag');
    await plan.locator('#edit-effort-e-s1').click();
    await plan.locator('#effort-how').fill(how);
    return how;
  },
  save: (plan) => plan.locator('[part~="save-form-button"]').click(),
  async kept(plan, how) {
    assert.equal(await plan.locator('#effort-how').inputValue(), how, 'the effort form as typed');
  },
  stored(plan, how) {
    assert.equal(plan.efforts.find((effort) => effort.id === 'e-s1')?.how, how);
  },
};

const STATUSES = ['active', 'paused', 'planned', 'completed'] as const;
const effortStatusEdit: StaffEdit<string> = {
  name: 'effort status',
  async enter(plan, n) {
    const select = plan.locator('#status-e-s1');
    const current = await select.inputValue();
    const others = STATUSES.filter((status) => status !== current);
    const status = others[n % others.length]!;
    await select.selectOption(status);
    return status;
  },
  save: (plan) =>
    plan
      .locator('tr', { has: plan.page().locator('#status-e-s1') })
      .locator('[part~="save-status-button"]')
      .click(),
  async kept(plan, status) {
    assert.equal(await plan.locator('#status-e-s1').inputValue(), status, 'the status as picked');
  },
  stored(plan, status) {
    assert.equal(plan.efforts.find((effort) => effort.id === 'e-s1')?.status, status);
  },
};

const youthCommentWrite: WriteTarget<string> = {
  widget: 'uf-plan youth: comment',
  page: { tag: 'uf-plan', user: YOUTH, attributes: { mode: 'youth' } },
  method: 'PUT',
  route: routes.planComment.template,
  operation: 'save',
  content: (page) => page.locator('uf-plan #comment-text'),
  async enter(page, n) {
    const comment = typedText(n, 'Jeg synes, planen passer til mig');
    await page.locator('uf-plan #comment-text').fill(comment);
    return comment;
  },
  save: (page) => page.locator('uf-plan [part~="save-comment-button"]').click(),
  problem: (page, fault) => planProblem(page, fault, planDa.conflictComment, 'youth'),
  async kept(page, comment) {
    assert.equal(await page.locator('uf-plan #comment-text').inputValue(), comment, 'the comment as typed');
  },
  async retry(page) {
    await page.locator('uf-plan [part~="reapply-button"]').click();
  },
  retryButton: (page) => page.locator('uf-plan [part~="reapply-button"]'),
  saved: (page) => ({ locator: page.locator('uf-plan [part~="status"]'), text: planDa.youth.saved }),
  landedConflict: (page) => ({
    said: { locator: page.locator('uf-plan [part~="save-problem"] [role="alert"]'), text: planDa.conflictComment },
    reapply: page.locator('uf-plan [part~="reapply-button"]'),
  }),
  async stored(rig, comment) {
    assert.equal((await readPlan(rig, YOUTH)).youthComment?.text, comment);
  },
};

// ─── <uf-criteria-questionnaire> and <uf-criteria-summary> ──────────────────────────────────

const DEFINITION = 'strategic-criteria';
const questionnaire = (page: Page) => page.locator('uf-criteria-questionnaire');
const questionnaireContent = (page: Page) => questionnaire(page).locator('form [part~="rating"]');
const saveStatus = (page: Page) => questionnaire(page).locator('[part~="save-status"][role="status"]');

interface Answers {
  /** Rating chosen (1–4) for the first question, and the reflection typed on it. */
  rating: number;
  reflection: string;
}

async function answerFirst(page: Page, n: number): Promise<Answers> {
  const rating = (n % 4) + 1;
  await questionnaire(page)
    .locator('[part~="rating"]')
    .first()
    .locator('input[type="radio"]')
    .nth(rating - 1)
    .check();
  const reflection = typedText(n, 'vi ringer til hendes moster');
  await questionnaire(page).locator('textarea[id^="reflection-"]').first().fill(reflection);
  return { rating, reflection };
}

async function firstKept(page: Page, answers: Answers): Promise<void> {
  assert.equal(
    await questionnaire(page)
      .locator('[part~="rating"]')
      .first()
      .locator('input[type="radio"]')
      .nth(answers.rating - 1)
      .isChecked(),
    true,
    'the rating as picked',
  );
  assert.equal(await questionnaire(page).locator('textarea[id^="reflection-"]').first().inputValue(), answers.reflection, 'the reflection as typed');
}

const draftSubject = { kind: 'course', id: COURSE };
const draftWrite: WriteTarget<Answers> = {
  widget: 'uf-criteria-questionnaire: draft',
  page: { tag: 'uf-criteria-questionnaire', course: COURSE },
  method: 'PUT',
  route: routes.questionnaireDraft.template,
  operation: 'save',
  savesByItself: true,
  content: questionnaireContent,
  enter: answerFirst,
  async save() {},
  problem(page, fault) {
    // Unreachable or overloaded: "not saved yet", and it keeps trying by itself. Refused: say why, offer "Gem nu".
    if (isRetryable(fault)) return { locator: saveStatus(page), text: questionnaireDa.saveStatus.unsaved };
    return { locator: questionnaire(page).locator('div[part~="error"] [role="alert"]'), text: `${errorSentence(fault, 'staff')} ${questionnaireDa.notSaved}` };
  },
  kept: firstKept,
  async retry(page, fault) {
    if (!isRetryable(fault)) await questionnaire(page).locator('[part~="save-now-button"]').click();
  },
  retryButton: (page) => questionnaire(page).locator('[part~="save-now-button"]'),
  async saveAgain(page, answers) {
    // Nothing to press after a refusal: the next answer saves the draft. Another step, then the one picked.
    const steps = questionnaire(page).locator('[part~="rating"]').first().locator('input[type="radio"]');
    await steps.nth(answers.rating % 4).check();
    await steps.nth(answers.rating - 1).check();
  },
  saved: (page) => ({ locator: saveStatus(page), text: questionnaireDa.saveStatus.saved }),
  async stored(rig, answers) {
    const draft = await rig.read(routes.questionnaireDraft.path(DEFINITION, draftSubject));
    assert.ok(JSON.stringify(draft).includes(JSON.stringify(answers.reflection)), 'the draft holds the reflection');
  },
};

/** Submitting is about another course, so its rounds and the draft above do not meet. */
const SUBMIT_COURSE = 'c-8b13d7';
const submitSubject = { kind: 'course', id: SUBMIT_COURSE };
const rounds = async (rig: FaultRig) => ((await rig.read(routes.questionnaireResponses.path(DEFINITION, submitSubject))) as QuestionnaireResponse[]).length;

const submitWrite: WriteTarget<Answers & { roundsBefore: number }> = {
  widget: 'uf-criteria-questionnaire: submit',
  page: { tag: 'uf-criteria-questionnaire', course: SUBMIT_COURSE },
  method: 'POST',
  route: routes.questionnaireResponses.template,
  operation: 'submit',
  content: questionnaireContent,
  async enter(page, n, rig) {
    const roundsBefore = await rounds(rig);
    // Every question its third step (all ratings are required), in one go: the clicks are the
    // page's own, so the widget hears them as a person's; the fault is on the submit, not here.
    await questionnaire(page)
      .locator('[part~="rating"]')
      .evaluateAll((groups) => {
        for (const group of groups) group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.click();
      });
    const answers = await answerFirst(page, n);
    return { ...answers, roundsBefore };
  },
  async save(page) {
    await questionnaire(page).locator('[part~="submit-button"]').click();
  },
  problem: (page, fault) => ({ locator: questionnaire(page).locator('form [part~="error"] [role="alert"]'), text: errorSentence(fault, 'staff') }),
  async kept(page, answers) {
    await firstKept(page, answers);
    const third = await questionnaire(page)
      .locator('[part~="rating"]')
      .evaluateAll((groups) => groups.slice(1).map((group) => group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.checked));
    assert.ok(third.length > 0 && third.every(Boolean), 'every rating as picked');
  },
  async retry(page) {
    await questionnaire(page).locator('[part~="submit-button"]').click();
  },
  saved: (page, answers) => ({ locator: saveStatus(page), text: questionnaireDa.submitted(answers.roundsBefore + 1) }),
  async stored(rig, answers) {
    // One round for one submission, however many times it was sent (the Idempotency-Key).
    assert.equal(await rounds(rig), answers.roundsBefore + 1, 'exactly one new round');
  },
};

// ─── <uf-progression> ────────────────────────────────────────────────────────────────────────

const progression = (page: Page) => page.locator('uf-progression');

const readingWrite: WriteTarget<{ note: string; value: number }> = {
  widget: 'uf-progression rate',
  page: { tag: 'uf-progression', course: COURSE, attributes: { mode: 'rate' } },
  method: 'PUT',
  route: routes.progressionReading.template,
  operation: 'save',
  content: (page) => progression(page).locator('form.rate'),
  async enter(page, n) {
    // The default set's first scale is attendance, measured in per cent: a number to type.
    const value = 40 + (n % 60);
    await progression(page).locator('#reading-value').fill(String(value));
    const note = typedText(n, 'hun kom selv til mødet');
    await progression(page).locator('#reading-note').fill(note);
    return { note, value };
  },
  save: (page) => progression(page).locator('[part~="save-button"]').click(),
  problem: (page, fault) => ({
    locator: progression(page).locator('p[part~="error"][role="alert"]'),
    text: `${errorSentence(fault, 'staff')} ${progressionDa.notSaved}`,
  }),
  async kept(page, typed) {
    assert.equal(await progression(page).locator('#reading-value').inputValue(), String(typed.value), 'the value as typed');
    assert.equal(await progression(page).locator('#reading-note').inputValue(), typed.note, 'the note as typed');
  },
  retry: (page) => progression(page).locator('[part~="save-button"]').click(),
  saved: (page) => ({ locator: progression(page).locator('[role="status"]'), text: progressionDa.saved }),
  async stored(rig, typed) {
    const stored = (await rig.read(`courses/${COURSE}/progression`)) as CourseProgression;
    assert.deepEqual(
      stored.readings.filter((reading) => reading.note === typed.note).map((reading) => reading.value),
      [typed.value],
      'the reading, exactly once',
    );
  },
};

// ─── <uf-needs-bank> ─────────────────────────────────────────────────────────────────────────

const needsBank = (page: Page) => page.locator('uf-needs-bank');
const needsContent = (page: Page) => needsBank(page).locator('[part~="need"]');
const needsProblem = (page: Page, fault: FaultCase, after: string): Said => {
  const locator = needsBank(page).locator('[part="write-problem"] [role="alert"]');
  if (fault.outcome === 'conflict') return { locator, text: `${da.errors.conflict} ${after}` };
  return { locator, text: `${errorSentence(fault, 'staff')} ${after}` };
};
const needsRetryButton = (page: Page) => needsBank(page).locator('[part="write-problem"] button');
/** "Prøv igen" where the widget offers it; after a conflict the person sends the form again themself. */
const needsRetry = (send: (page: Page) => Promise<void>) => async (page: Page, fault: FaultCase) => {
  if (fault.outcome === 'conflict') await send(page);
  else await needsRetryButton(page).click();
};

async function postAs(rig: FaultRig, user: string, path: string, body: unknown, headers: Record<string, string>): Promise<void> {
  const token = await rig.server.signDevToken!(user);
  const response = await fetch(`${rig.server.url}/api/v1/${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  assert.ok(response.ok, `PUT ${path} answered ${response.status}`);
}

const shareSubmit = (page: Page) => needsBank(page).locator('form.share button[type="submit"]').click();

const shareWrite: WriteTarget<string> = {
  widget: 'uf-needs-bank team: share',
  page: { tag: 'uf-needs-bank', user: PROFESSIONAL, attributes: { mode: 'team' } },
  method: 'PUT',
  route: routes.courseNeed.template,
  operation: 'save',
  content: needsContent,
  async enter(page, n) {
    await needsBank(page).locator('[data-action="open-share"]').click();
    await needsBank(page).locator('#share-goal').selectOption('g-s2');
    const words = typedText(n, 'jeg vil gerne spille fodbold igen');
    await needsBank(page).locator('#share-text').fill(words);
    await needsBank(page).locator('#share-agreed').check();
    return words;
  },
  save: shareSubmit,
  problem: (page, fault) => needsProblem(page, fault, needsDa.notSaved),
  async kept(page, words) {
    assert.equal(await needsBank(page).locator('#share-text').inputValue(), words, 'the words as typed');
    assert.equal(await needsBank(page).locator('#share-goal').inputValue(), 'g-s2', 'the goal as chosen');
    assert.equal(await needsBank(page).locator('#share-agreed').isChecked(), true, 'the yes as ticked');
  },
  retry: needsRetry(shareSubmit),
  retryButton: needsRetryButton,
  saved: (page) => ({ locator: needsBank(page).locator('[part="status"]'), text: needsDa.team.savedShare }),
  async stored(rig, words) {
    const stored = (await rig.read(`courses/${COURSE}/needs`)) as CourseNeeds;
    assert.equal(stored.needs.filter((need) => need.text === words).length, 1, 'the need, exactly once');
  },
};

const proposeSubmit = (page: Page) => needsBank(page).locator('form.propose button[type="submit"]').click();

/** Amalie's seeded need, which stays open: every combination proposes for it under a new id. */
const OPEN_NEED = 'n-s1';

const proposeWrite: WriteTarget<string> = {
  widget: 'uf-needs-bank bank: propose',
  page: { tag: 'uf-needs-bank', user: COLLEAGUE, attributes: { mode: 'bank' } },
  method: 'PUT',
  route: routes.needProposal.template,
  operation: 'save',
  content: needsContent,
  async enter(page, n) {
    await needsBank(page).locator(`[data-propose="${OPEN_NEED}"]`).click();
    await needsBank(page).locator(`#offer-${OPEN_NEED}`).selectOption('o-motion');
    const person = typedText(n, 'Lars, fysioterapeut');
    await needsBank(page).locator(`#person-${OPEN_NEED}`).fill(person);
    await needsBank(page).locator(`#how-${OPEN_NEED}`).fill('Træning i et lille hold');
    await needsBank(page).locator(`#when-${OPEN_NEED}`).fill('Mandage kl. 15');
    return person;
  },
  save: proposeSubmit,
  problem: (page, fault) => needsProblem(page, fault, needsDa.notSaved),
  async kept(page, person) {
    assert.equal(await needsBank(page).locator(`#person-${OPEN_NEED}`).inputValue(), person, 'the person as typed');
    assert.equal(await needsBank(page).locator(`#offer-${OPEN_NEED}`).inputValue(), 'o-motion', 'the offer as chosen');
  },
  retry: needsRetry(proposeSubmit),
  retryButton: needsRetryButton,
  saved: (page) => ({ locator: needsBank(page).locator('[part="status"]'), text: needsDa.bank.saved }),
  async stored(rig, person) {
    const bank = (await rig.read('needs', COLLEAGUE)) as NeedsBank;
    const mine = bank.needs.find((need) => need.id === OPEN_NEED)?.myProposals ?? [];
    assert.equal(mine.filter((proposal) => proposal.person === person).length, 1, 'the proposal, exactly once');
  },
};

/**
 * The proposal this combination made (the lane runs one at a time). Found by its id, not as the
 * newest need's: the share target, in another lane, shares newer needs on the same course meanwhile.
 */
let acceptedProposal = '';
const acceptButton = (page: Page) => needsBank(page).locator(`[part~="proposal"]:has(#proposal-${acceptedProposal}) button.primary`);
const acceptSubmit = (page: Page) => acceptButton(page).click();

/** Taking a proposal into the plan: each combination shares its own need and proposes for it first, through the API. */
const acceptWrite: WriteTarget<{ proposalId: string }> = {
  widget: 'uf-needs-bank team: take into the plan',
  page: { tag: 'uf-needs-bank', user: PROFESSIONAL, attributes: { mode: 'team' } },
  method: 'PUT',
  route: routes.proposalDecision.template,
  operation: 'save',
  changesPlan: true,
  content: (page) => needsBank(page).locator('[data-action="open-share"]'),
  async enter(page, n, rig) {
    const [needId, proposalId] = [`n-fault-${n}`, `p-fault-${n}`];
    await postAs(
      rig,
      PROFESSIONAL,
      `courses/${COURSE}/needs/${needId}`,
      { id: needId, goalId: 'g-s1', text: typedText(n, 'hjælp til lektier'), agreedOn: '2026-11-20', status: 'open' },
      { 'if-none-match': '*' },
    );
    const proposal = {
      id: proposalId,
      offer: { id: 'o-lektiecafe', name: 'Lektiecafé', kind: 'homeworkHelp' },
      unit: { id: 'u-frivillig', name: 'Frivilligcenter Fjordby' },
      person: typedText(n, 'Ole, frivillig'),
      how: 'Lektiehjælp i caféen',
      when: 'Tirsdage kl. 15',
    };
    await postAs(rig, COLLEAGUE, `needs/${needId}/proposals/${proposalId}`, proposal, {});
    await page.evaluate(() => (document.querySelector('uf-needs-bank') as unknown as { refresh(): Promise<void> }).refresh());
    await needsBank(page).locator(`#proposal-${proposalId}`).waitFor();
    acceptedProposal = proposalId;
    return { proposalId };
  },
  save: acceptSubmit,
  problem: (page, fault) => {
    const locator = needsBank(page).locator('[part="write-problem"] [role="alert"]');
    // A button's action: nothing typed to keep, so no "what you wrote is still here".
    if (fault.outcome === 'conflict') return { locator, text: `${da.errors.conflict}` };
    return { locator, text: `${errorSentence(fault, 'staff')} ${needsDa.notDone}` };
  },
  async kept(page, typed) {
    assert.equal(await needsBank(page).locator(`#proposal-${typed.proposalId}`).count(), 1, 'the proposal is still shown');
    assert.equal(await acceptButton(page).count(), 1, 'and can still be taken in');
  },
  retry: needsRetry(acceptSubmit),
  retryButton: needsRetryButton,
  saved: (page) => ({ locator: needsBank(page).locator('[part="status"]'), text: needsDa.team.savedAccepted('Lektiecafé') }),
  async stored(rig, typed) {
    const plan = await readPlan(rig);
    const stored = (await rig.read(`courses/${COURSE}/needs`)) as CourseNeeds;
    const proposal = stored.needs.flatMap((need) => need.proposals).find((candidate) => candidate.id === typed.proposalId);
    assert.equal(proposal?.status, 'accepted', 'the proposal is taken in');
    const effortId = proposal.decision?.effortId;
    assert.equal(plan.efforts.filter((effort) => effort.id === effortId).length, 1, 'its effort, exactly once');
  },
};

// ─── <uf-contact-log> ────────────────────────────────────────────────────────────────────────

const contactLog = (page: Page) => page.locator('uf-contact-log');
const contactLogContent = (page: Page) => contactLog(page).locator('[part="summary"]');
const contactLogProblem = (page: Page) => contactLog(page).locator('[part="write-problem"] [role="alert"]');
const contactLogRetryButton = (page: Page) => contactLog(page).locator('[part="write-problem"] button');
/** "Prøv igen" after every failure it is offered for (a conflict included: a taken id goes again under a new one, a rhythm on top of the one that won). */
const contactLogRetry = async (page: Page) => contactLogRetryButton(page).click();
const contactLogSubmit = (page: Page) => contactLog(page).locator('form button[type="submit"]').click();

const logWrite: WriteTarget<string> = {
  widget: 'uf-contact-log staff: log a contact',
  page: { tag: 'uf-contact-log', user: PROFESSIONAL, attributes: { mode: 'staff' } },
  method: 'PUT',
  route: routes.contactLogEntry.template,
  operation: 'save',
  content: contactLogContent,
  async enter(page, n) {
    await contactLog(page).locator('[data-action="open-log"]').click();
    await contactLog(page).locator('#log-channel input[value="walk"]').check();
    const note = typedText(n, 'gåtur ved havnen');
    await contactLog(page).locator('#log-note').fill(note);
    return note;
  },
  save: contactLogSubmit,
  problem: (page, fault) => ({
    locator: contactLogProblem(page),
    text: fault.outcome === 'conflict' ? contactLogDa.staff.idTaken : `${errorSentence(fault, 'staff')} ${contactLogDa.staff.notSaved}`,
  }),
  async kept(page, note) {
    assert.equal(await contactLog(page).locator('#log-note').inputValue(), note, 'the note as typed');
    assert.equal(await contactLog(page).locator('#log-channel input[value="walk"]').isChecked(), true, 'the channel as chosen');
  },
  retry: contactLogRetry,
  retryButton: contactLogRetryButton,
  saved: (page) => ({ locator: contactLog(page).locator('[part="status"]'), text: contactLogDa.staff.savedLog }),
  async stored(rig, note) {
    const log = (await rig.read(`courses/${COURSE}/contact-log`)) as ContactLog;
    assert.equal(log.entries.filter((entry) => entry.note?.text === note).length, 1, 'the contact, exactly once');
  },
};

const rhythmWrite: WriteTarget<string> = {
  widget: 'uf-contact-log staff: agree the rhythm',
  page: { tag: 'uf-contact-log', user: PROFESSIONAL, attributes: { mode: 'staff' } },
  method: 'PUT',
  route: routes.contactRhythm.template,
  operation: 'save',
  content: contactLogContent,
  async enter(page, n) {
    await contactLog(page).locator('[data-action="open-rhythm"]').click();
    await contactLog(page)
      .locator('#rhythm-days')
      .selectOption(n % 2 ? '7' : '14');
    const words = typedText(n, 'ugentligt i praktikken');
    await contactLog(page).locator('#rhythm-words').fill(words);
    return words;
  },
  save: contactLogSubmit,
  problem: (page, fault) => ({
    locator: contactLogProblem(page),
    text: fault.outcome === 'conflict' ? contactLogDa.staff.rhythmChangedMeanwhile : `${errorSentence(fault, 'staff')} ${contactLogDa.staff.notSaved}`,
  }),
  async kept(page, words) {
    assert.equal(await contactLog(page).locator('#rhythm-words').inputValue(), words, 'the words as typed');
  },
  retry: contactLogRetry,
  retryButton: contactLogRetryButton,
  saved: (page) => ({ locator: contactLog(page).locator('[part="status"]'), text: contactLogDa.staff.savedRhythm }),
  async stored(rig, words) {
    const log = (await rig.read(`courses/${COURSE}/contact-log`)) as ContactLog;
    assert.equal(log.rhythm?.words, words, 'the rhythm as agreed');
  },
};

// ─── <uf-network-meeting> ────────────────────────────────────────────────────────────────────

/** Freja's course: the seed's network meetings (the next one, m-h3, planned) and Team Syd's plan. */
const MEETINGS_COURSE = 'c-5d7b20';
/** Freja, the course's young person. */
const MEETINGS_YOUTH = 'p-c402';
/** Who changed the meeting last, as a refused write names them: every write here is Peter's. */
const MEETING_CHANGED_BY = 'Peter Nørgaard';

const meetingWidget = (page: Page) => page.locator('uf-network-meeting');
const meetingForm = (page: Page) => meetingWidget(page).locator('[part="form"]');
const meetingFormProblem = (page: Page) => meetingForm(page).locator('[part="write-problem"] [role="alert"]');
const meetingFormRetryButton = (page: Page) => meetingForm(page).locator('[part="write-problem"] button');
const meetingSubmit = (page: Page) => meetingForm(page).locator('button[type="submit"]').click();
const meetingStatus = (page: Page) => meetingWidget(page).locator('[part="status"]');
/** One decision of the meeting shown, found by what was decided. */
const decisionRow = (page: Page, action: string) => meetingWidget(page).locator('[part="decision"]', { hasText: action });
const decisionProblem = (page: Page, action: string) => decisionRow(page, action).locator('[part="write-problem"] [role="alert"]');
const decisionRetryButton = (page: Page, action: string) => decisionRow(page, action).locator('[part="write-problem"] button');
const meetingChangedMeanwhile = meetingDa.staff.changedMeanwhile(MEETING_CHANGED_BY);
const readMeetings = async (rig: FaultRig) => (await rig.read(`courses/${MEETINGS_COURSE}/meetings`, COLLEAGUE)) as CourseMeetings;
const decisionsNamed = (meetings: CourseMeetings, action: string) =>
  meetings.meetings.flatMap((meeting) => meeting.decisions).filter((decision) => decision.action === action);
const MEETING_PAGE: WidgetPage = { tag: 'uf-network-meeting', course: MEETINGS_COURSE, user: COLLEAGUE, attributes: { mode: 'staff' } };
const meetingContent = (page: Page) => meetingWidget(page).locator('[data-action="add-decision"]');

interface TypedDecision {
  action: string;
  how: string;
  effortId: string;
}

/** Fills the decision form (opened by "Tilføj beslutning"): on one of the plan's efforts, by one of the meeting's professionals. */
async function fillDecision(page: Page, n: number, what: string): Promise<TypedDecision> {
  const meeting = meetingWidget(page);
  await meeting.locator('[data-action="add-decision"]').click();
  const decision = { action: typedText(n, what), how: 'Peter og Freja tager derud sammen', effortId: n % 2 ? 'e-h1' : 'e-h2' };
  await meeting.locator('#decision-action').fill(decision.action);
  await meeting.locator('#decision-how').fill(decision.how);
  await meeting.locator('#decision-owner').selectOption({ index: 1 });
  await meeting.locator('#decision-due').fill(addDays(danishToday(new Date()), 14));
  await meeting.locator('#decision-effort').selectOption(decision.effortId);
  return decision;
}

const decisionWrite: WriteTarget<TypedDecision> = {
  widget: 'uf-network-meeting staff: add a decision',
  page: MEETING_PAGE,
  method: 'PUT',
  route: routes.courseMeeting.template,
  operation: 'save',
  content: meetingContent,
  enter: (page, n) => fillDecision(page, n, 'besøge en dyrehandel'),
  save: meetingSubmit,
  problem: (page, fault) => ({
    locator: meetingFormProblem(page),
    text: fault.outcome === 'conflict' ? meetingChangedMeanwhile : `${errorSentence(fault, 'staff')} ${meetingDa.staff.notSaved}`,
  }),
  async kept(page, decision) {
    const meeting = meetingWidget(page);
    assert.equal(await meeting.locator('#decision-action').inputValue(), decision.action, 'what was decided, as typed');
    assert.equal(await meeting.locator('#decision-how').inputValue(), decision.how, 'how, as typed');
    assert.equal(await meeting.locator('#decision-effort').inputValue(), decision.effortId, 'the effort as chosen');
  },
  // "Prøv igen" after every failure it is offered for; after a conflict it adds the decision to the version that won.
  retry: (page) => meetingFormRetryButton(page).click(),
  retryButton: meetingFormRetryButton,
  saved: (page) => ({ locator: meetingStatus(page), text: meetingDa.staff.saved }),
  // No landedConflict: a write whose answer was lost, sent again, is found already stored and said as saved.
  async stored(rig, decision) {
    const stored = decisionsNamed(await readMeetings(rig), decision.action);
    assert.deepEqual(
      stored.map((candidate) => [candidate.status, candidate.effortId]),
      [['proposed', decision.effortId]],
      'the decision, exactly once, proposed',
    );
  },
};

/** The decision this combination agrees (the lane runs one at a time): added, unbroken, through the form first. */
let agreedAction = '';
const agreeButton = (page: Page) => decisionRow(page, agreedAction).locator('button.primary');
const agreeClick = (page: Page) => agreeButton(page).click();

/** Agreeing a decision, "Aftal og læg i planen: …", with the meeting's write or the plan's broken. */
function agreeWrite(broken: 'meeting' | 'plan'): WriteTarget<TypedDecision> {
  return {
    widget: `uf-network-meeting staff: agree a decision (${broken === 'meeting' ? 'the meeting' : 'the plan'} broken)`,
    page: MEETING_PAGE,
    method: 'PUT',
    route: broken === 'meeting' ? routes.courseMeeting.template : routes.plan.template,
    operation: 'save',
    content: meetingContent,
    async enter(page, n) {
      const decision = await fillDecision(page, n, 'ringe til hundeklubben');
      await meetingSubmit(page);
      await decisionRow(page, decision.action).locator('p.meta', { hasText: meetingDa.staff.proposed }).waitFor();
      agreedAction = decision.action;
      return decision;
    },
    save: agreeClick,
    problem(page, fault, decision) {
      const locator = decisionProblem(page, decision.action);
      if (broken === 'meeting') {
        return { locator, text: fault.outcome === 'conflict' ? meetingChangedMeanwhile : `${errorSentence(fault, 'staff')} ${meetingDa.staff.notSaved}` };
      }
      // The meeting holds the decision as agreed; only the plan did not take it.
      if (fault.outcome === 'conflict') return { locator, text: /ændrede planen, mens I aftalte dette\. Beslutningen er gemt i mødet som aftalt\./ };
      return { locator, text: `${meetingDa.staff.planFailed} ${errorSentence(fault, 'staff')}` };
    },
    async kept(page, decision) {
      assert.equal(await decisionRow(page, decision.action).count(), 1, 'the decision is still shown');
      // Agreed already when the meeting's write landed and only its answer was lost: then it is put in the plan.
      const choices =
        broken === 'meeting'
          ? [meetingDa.staff.agree(decision.action), meetingDa.staff.putInPlan(decision.action)]
          : [meetingDa.staff.putInPlan(decision.action)];
      const button = folded(await agreeButton(page).textContent());
      assert.ok(choices.includes(button), `the decision can be agreed, or put in the plan; its button says "${button}"`);
    },
    async retry(page, fault) {
      // "Prøv igen" beside the decision; after the plan changed meanwhile, "Læg i planen: …" puts it in the version that won.
      if (broken === 'plan' && fault.outcome === 'conflict') await agreeClick(page);
      else await decisionRetryButton(page, agreedAction).click();
    },
    retryButton: (page) => decisionRetryButton(page, agreedAction),
    saved: (page) => ({ locator: meetingStatus(page), text: meetingDa.staff.inPlan }),
    // No landedConflict: the meeting's write found already stored is saved; the plan's, already held, is not sent again.
    async stored(rig, decision) {
      const stored = decisionsNamed(await readMeetings(rig), decision.action);
      assert.deepEqual(
        stored.map((candidate) => [candidate.status, candidate.inPlan]),
        [['agreed', true]],
        'the decision, exactly once, agreed and in the plan',
      );
      const plan = (await rig.read(`courses/${MEETINGS_COURSE}/plan`, COLLEAGUE)) as Plan;
      assert.equal(
        plan.efforts.find((effort) => effort.id === decision.effortId)?.nextAction?.text,
        `${decision.action} – ${decision.how}`,
        "its effort's next action",
      );
    },
  };
}

// ─── The matrix ──────────────────────────────────────────────────────────────────────────────

// ─── <uf-offer-catalogue> ────────────────────────────────────────────────────────────────────

const catalogueContent = (page: Page) => page.locator('uf-offer-catalogue [part~="offer"]');

export const loadTargets: readonly LoadTarget[] = [
  { widget: 'uf-contact-card staff', page: { tag: 'uf-contact-card', attributes: { mode: 'staff' } }, route: contactRoute, content: contactContent },
  {
    widget: 'uf-contact-card youth',
    page: { tag: 'uf-contact-card', user: YOUTH, attributes: { mode: 'youth' } },
    route: contactRoute,
    content: contactContent,
  },
  {
    widget: 'uf-plan staff',
    page: { tag: 'uf-plan', attributes: { mode: 'staff' } },
    route: planRoute,
    content: (page) => page.locator('uf-plan #status-e-s1'),
  },
  {
    widget: 'uf-plan youth',
    page: { tag: 'uf-plan', user: YOUTH, attributes: { mode: 'youth' } },
    route: planRoute,
    content: (page) => page.locator('uf-plan #comment-text'),
  },
  ...[routes.questionnaire.template, routes.questionnaireDraft.template, routes.questionnaireResponses.template].map((route): LoadTarget => ({
    widget: 'uf-criteria-questionnaire',
    page: { tag: 'uf-criteria-questionnaire' },
    route,
    content: questionnaireContent,
  })),
  ...[routes.questionnaire.template, routes.questionnaireResponses.template].map((route): LoadTarget => ({
    widget: 'uf-criteria-summary',
    page: { tag: 'uf-criteria-summary' },
    route,
    content: (page) => page.locator('uf-criteria-summary table'),
  })),
  ...[routes.progressionScales.template, routes.progression.template].map((route): LoadTarget => ({
    widget: 'uf-progression',
    page: { tag: 'uf-progression' },
    route,
    content: (page) => page.locator('uf-progression [part~="scale"]'),
  })),
  // Staff read the catalogue and each offer's latest review; the young person the catalogue alone.
  ...[routes.offers.template, routes.questionnaireRollUp.template].map((route): LoadTarget => ({
    widget: 'uf-offer-catalogue staff',
    page: { tag: 'uf-offer-catalogue', attributes: { mode: 'staff' } },
    route,
    content: catalogueContent,
  })),
  {
    widget: 'uf-offer-catalogue youth',
    page: { tag: 'uf-offer-catalogue', user: YOUTH, attributes: { mode: 'youth' } },
    route: routes.offers.template,
    content: catalogueContent,
  },
  // The needs bank: the course's team, a professional of another team, the young person.
  { widget: 'uf-needs-bank team', page: { tag: 'uf-needs-bank', attributes: { mode: 'team' } }, route: routes.courseNeeds.template, content: needsContent },
  {
    widget: 'uf-needs-bank bank',
    page: { tag: 'uf-needs-bank', user: COLLEAGUE, attributes: { mode: 'bank' } },
    route: routes.needsBank.template,
    content: needsContent,
  },
  {
    widget: 'uf-needs-bank youth',
    page: { tag: 'uf-needs-bank', user: YOUTH, attributes: { mode: 'youth' } },
    route: routes.courseNeeds.template,
    content: needsContent,
  },
  // The contact log: the contact person's and the young person's. (The card's read of it says its failure in its own line: the log's tests.)
  {
    widget: 'uf-contact-log staff',
    page: { tag: 'uf-contact-log', attributes: { mode: 'staff' } },
    route: routes.contactLog.template,
    content: contactLogContent,
  },
  {
    widget: 'uf-contact-log youth',
    page: { tag: 'uf-contact-log', user: YOUTH, attributes: { mode: 'youth' } },
    route: routes.contactLog.template,
    content: (page) => contactLog(page).locator('[part~="entry"]').first(),
  },
  // Network meetings: the coordinator's (with the plan beside them) and the young person's.
  { widget: 'uf-network-meeting staff', page: MEETING_PAGE, route: routes.courseMeetings.template, content: meetingContent },
  {
    widget: 'uf-network-meeting youth',
    page: { tag: 'uf-network-meeting', course: MEETINGS_COURSE, user: MEETINGS_YOUTH, attributes: { mode: 'youth' } },
    route: routes.courseMeetings.template,
    content: (page) => meetingWidget(page).locator('[part="meeting"]'),
  },
  // The leaders' overview, as the leader reads it.
  {
    widget: 'uf-criteria-rollup',
    page: { tag: 'uf-criteria-rollup', user: LEADER },
    route: routes.criteriaOverview.template,
    content: (page) => page.locator('uf-criteria-rollup [part="table"]'),
  },
];

export const writeTargets: readonly WriteTarget[] = [
  contactCardWrite,
  staffPlanWrite(noteEdit),
  staffPlanWrite(goalEdit),
  staffPlanWrite(lifeGoalEdit),
  staffPlanWrite(effortEdit),
  staffPlanWrite(effortStatusEdit),
  youthCommentWrite,
  draftWrite,
  submitWrite,
  readingWrite,
  shareWrite,
  proposeWrite,
  acceptWrite,
  logWrite,
  rhythmWrite,
  decisionWrite,
  agreeWrite('meeting'),
  agreeWrite('plan'),
];

/** The uf-error the page recorded. */
export interface RecordedError {
  operation: string;
  kind: string;
  route: string;
  status?: number;
}

export const recordedErrors = (page: Page): Promise<RecordedError[]> =>
  page.evaluate(() => (window as unknown as { __faultProbe: { errors: RecordedError[] } }).__faultProbe.errors);
