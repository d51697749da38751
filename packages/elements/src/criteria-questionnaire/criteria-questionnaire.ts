import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
// Keyed: a radio reused for another question would carry its checked state into the new group.
import { repeat } from 'lit/directives/repeat.js';
import {
  STRATEGIC_CRITERIA_ID,
  answerTargetLabels,
  visibleTargets,
  type AnswerPart,
  type AnswerPartValue,
  type LocalizedText,
  type MissingAnswer,
  type QuestionnaireDefinition,
  type QuestionnaireItem,
  type QuestionnaireState,
  type QuestionnaireStore,
  type Rating,
  type SubjectKind,
} from '@ungeforlob/sdk';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { describeError } from '../i18n/index.js';
import { canRetry, refusedFields } from '../i18n/error-message.js';
import type { QuestionnaireMessages } from '../i18n/messages.js';
import { errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { questionnaireStyles } from './criteria-questionnaire.styles.js';
import { questionnaireSkeleton } from './criteria-questionnaire-skeleton.js';
// The events the questionnaire fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';
import { questionnaireController, type QuestionnaireWidget } from './questionnaire-controller.js';
import { questionnaireCopy } from './criteria-questionnaire.copy.js';

/** `all`: every criterion on one page. `one`: one criterion at a time, with previous and next. */
export type QuestionnaireLayout = 'all' | 'one';

const RATINGS = [1, 2, 3, 4] as const;

/** An answer the server refused (a 400 naming `answers.<id>.<part>`), and its code. */
interface RefusedAnswer extends MissingAnswer {
  code: string;
}

/** The answers a refused draft save or submit named, placed at questions on screen; `rest` is every path no question shows. */
interface Refusals {
  error: Error;
  answers: RefusedAnswer[];
  rest: string[];
}

const answerKey = (answer: { targetId: string; part: AnswerPart }) => `${answer.targetId}:${answer.part}`;

/**
 * @summary The strategic-criteria questionnaire (relations/network, empowerment, individual and
 * flexible focus), answered about one young person's course or about an offer in the catalogue.
 *
 * The questions are data (a versioned definition from the server), so a municipality can change
 * them without code. Answers autosave as a draft; while the server cannot be reached they stay in
 * memory (never in browser storage), the widget says "not saved yet" and keeps trying, and leaving
 * the page warns. Submitting checks the required answers first and lists what is missing, each a
 * button that moves focus to the question; a double click or a retry makes one round.
 *
 * @fires uf-questionnaire-loaded - The definition and any draft arrived (`detail.definition`).
 * @fires uf-error - Loading, saving or submitting failed (`detail.error`, `detail.operation`: `load`, `save` or `submit`).
 * @fires uf-questionnaire-submitted - A round was made (`detail.response`).
 *
 * @csspart base - The questionnaire.
 * @csspart heading - Its heading.
 * @csspart progress - How many answers are given.
 * @csspart save-status - The polite live region: saving, saved, not saved yet.
 * @csspart criterion - One criterion (section).
 * @csspart item - One question.
 * @csspart rating - A question's 1–4 rating with "don't know / not relevant".
 * @csspart missing - The list of missing answers after a submit.
 * @csspart button - Every button.
 * @csspart error - A loading, saving or submitting error.
 *
 * @cssprop [--uf-color-primary=#0059b3] - Buttons and the chosen rating.
 * @cssprop [--uf-color-border=#8e8e8e] - Question borders.
 * @cssprop [--uf-color-error=#cc0000] - Missing answers and errors.
 */
export class UfCriteriaQuestionnaire extends UfElement implements QuestionnaireWidget {
  static override styles = questionnaireStyles;

  static override properties = {
    subjectKind: { attribute: 'subject-kind' },
    subject: {},
    definition: {},
    layout: { reflect: true },
    criterionIndex: { state: true },
  };

  // `course` (from UfElement): the course the answers are about, when `subject-kind` is `course`;
  // `now` is not used for answers, kept so the widget fits the provider like the others.

  /** `course` (default): about one young person's course. `offer`: a review of an offer in the catalogue. */
  declare subjectKind: SubjectKind;
  /** The offer's id when `subject-kind` is `offer`. */
  declare subject: string | undefined;
  /** The definition's id (default `strategic-criteria`); the server gives its latest version. */
  declare definition: string;
  declare layout: QuestionnaireLayout;
  declare private criterionIndex: number;

  private readonly announce = storeEvents(this, questionnaireEvents);

  private readonly questionnaire = questionnaireController(
    this,
    (state, previous) => {
      this.takeRefusals(state, previous);
      this.announce(state, previous);
    },
    () => {
      this.criterionIndex = 0;
    },
  );

  /** What the server named when it last refused the answers: shown at the questions until each is changed. */
  private refusals: Refusals | null = null;

  constructor() {
    super();
    this.subjectKind = 'course';
    this.definition = STRATEGIC_CRITERIA_ID;
    this.layout = 'all';
    this.criterionIndex = 0;
  }

  private get store(): QuestionnaireStore | undefined {
    return this.questionnaire.store;
  }

  private get copy(): QuestionnaireMessages {
    return this.localize.copy(questionnaireCopy);
  }

  private text(value: LocalizedText): string {
    return this.localize.text(value);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.warnBeforeLeaving);
    document.addEventListener('visibilitychange', this.saveWhenHidden);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.warnBeforeLeaving);
    document.removeEventListener('visibilitychange', this.saveWhenHidden);
  }

  /** Leaving with answers the server has not confirmed asks first: they would be lost. */
  private readonly warnBeforeLeaving = (event: BeforeUnloadEvent): void => {
    if (!this.questionnaire.state?.hasUnsavedChanges) return;
    event.preventDefault();
    event.returnValue = this.copy.leaveWarning;
  };

  /** A hidden tab may be closed without warning on phones: save what is pending now. */
  private readonly saveWhenHidden = (): void => {
    if (document.visibilityState === 'hidden' && this.questionnaire.state?.save.status === 'pending') void this.store?.flush();
  };

  private async submit(): Promise<void> {
    const outcome = await this.store?.submit();
    await this.updateComplete;
    // Missing answers, or answers the server refused: to the list, which leads to each question.
    if (outcome?.kind === 'invalid' || outcome?.kind === 'failed') this.renderRoot.querySelector<HTMLElement>('#missing-heading')?.focus();
    if (outcome?.kind === 'submitted') this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** A refused draft save or submit that names answers: place each at its question, if one on screen takes it. */
  private takeRefusals(state: QuestionnaireState, previous: QuestionnaireState): void {
    const error = state.submit.status === 'error' ? state.submit.error : state.save.status === 'error' ? state.save.error : null;
    const before = previous.submit.status === 'error' ? previous.submit.error : previous.save.status === 'error' ? previous.save.error : null;
    if (!error || error === before || !state.definition) return;
    const shown = new Map(visibleTargets(state.definition, state.answers, state.subject).map((target) => [target.id, target]));
    const answers: RefusedAnswer[] = [];
    const rest: string[] = [];
    for (const problem of refusedFields(error)) {
      const [root, targetId, part, ...deeper] = problem.path.split('.');
      const target = targetId ? shown.get(targetId) : undefined;
      if (root !== 'answers' || !target || deeper.length || !target.parts.includes(part as AnswerPart)) {
        rest.push(problem.path);
        continue;
      }
      const refused = { criterionId: target.criterionId, itemId: target.itemId, targetId: target.id, part: part as AnswerPart, code: problem.code };
      if (target.subItemId) Object.assign(refused, { subItemId: target.subItemId });
      if (!answers.some((known) => answerKey(known) === answerKey(refused))) answers.push(refused);
    }
    this.refusals = { error, answers, rest };
  }

  /** The refusals, while the failure they came with is still what the questionnaire shows. */
  private shownRefusals(state: QuestionnaireState): Refusals | null {
    const refusals = this.refusals;
    if (!refusals) return null;
    const showing =
      (state.submit.status === 'error' && state.submit.error === refusals.error) || (state.save.status === 'error' && state.save.error === refusals.error);
    return showing ? refusals : null;
  }

  /** Answer through the store; an answer the server refused is no longer refused once changed. */
  private answer<P extends AnswerPart>(targetId: string, part: P, value: AnswerPartValue<P>): void {
    if (this.refusals) this.refusals.answers = this.refusals.answers.filter((refused) => answerKey(refused) !== answerKey({ targetId, part }));
    this.store?.answer(targetId, part, value);
  }

  /** From the list of missing or refused answers to the question itself, switching criterion when one is shown at a time. */
  private async goTo(missing: MissingAnswer): Promise<void> {
    const definition = this.questionnaire.state?.definition;
    if (this.layout === 'one' && definition)
      this.criterionIndex = Math.max(
        0,
        definition.criteria.findIndex((criterion) => criterion.id === missing.criterionId),
      );
    await this.updateComplete;
    const selector = missing.part === 'rating' ? `[name="rating-${missing.targetId}"]` : `#${missing.part}-${missing.targetId}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async showCriterion(index: number): Promise<void> {
    this.criterionIndex = index;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.criterion h3, .criterion [id^="criterion-"]')?.focus();
  }

  protected override render(): TemplateResult {
    const state = this.questionnaire.state;
    const title = state?.definition ? this.text(state.definition.title) : this.copy.title;
    return frame({
      element: 'article',
      className: 'questionnaire',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', title, 'heading', true),
      status: this.statusText(state),
      statusPart: 'save-status',
      busy: waitingForContent(state?.status),
      body: statusBranch(state?.status, {
        initial: () => placeholder(questionnaireSkeleton(this.layout)),
        loading: () => placeholder(questionnaireSkeleton(this.layout)),
        error: () => this.renderLoadError(state!),
        ready: () => (state!.definition ? this.renderQuestions(state!, state!.definition) : this.renderLoadError(state!)),
      }),
    });
  }

  /** One line, most pressing first: answers not saved outrank the news of a submitted round. */
  private statusText(state: QuestionnaireState | undefined): string {
    if (!state) return '';
    if (state.status === 'loading') return this.copy.loading;
    const { saveStatus } = this.copy;
    if (state.submit.status === 'submitting') return this.copy.submitting;
    if (state.save.status === 'unsaved') return saveStatus.unsaved;
    if (state.save.status === 'saving') return saveStatus.saving;
    if (state.submit.status === 'submitted' && state.submit.response) return this.copy.submitted(state.submit.response.round);
    if (state.save.status === 'saved') return saveStatus.saved;
    return '';
  }

  private renderLoadError(state: QuestionnaireState): TemplateResult {
    return errorPanel(state.error, this.messages, () => void this.retryLoad(this.store, true), nothing, 'staff');
  }

  private renderQuestions(state: QuestionnaireState, definition: QuestionnaireDefinition): TemplateResult {
    const { visible, progress } = state;
    const shown = this.layout === 'one' ? [visible[Math.min(this.criterionIndex, visible.length - 1)]!] : visible;
    const index = Math.min(this.criterionIndex, visible.length - 1);
    const refusals = this.shownRefusals(state);
    const problems = this.problemsAt(state, refusals);
    return html`
      ${definition.intro ? html`<p class="intro">${this.text(definition.intro)}</p>` : nothing}
      <p part="progress" class="progress">
        ${this.copy.progress(progress.answered, progress.total)}
        <progress max=${progress.total} .value=${progress.answered} aria-hidden="true"></progress>
      </p>
      ${this.renderSaveProblem(state, refusals)}
      <form novalidate @submit=${(event: Event) => {
        event.preventDefault();
        if (state.submit.status !== 'submitting') void this.submit();
      }}>
        <div class="questions" ?inert=${state.submit.status === 'submitting'}>
          ${repeat(
            shown,
            (entry) => entry.criterion.id,
            (entry) => this.renderCriterion(definition, entry.criterion, entry.items, state, problems),
          )}
        </div>
        ${
          this.layout === 'one'
            ? html`<nav class="actions stepper" aria-label=${this.copy.criteriaNavigation}>
              <button part="button" type="button" ?hidden=${index === 0} @click=${() => this.showCriterion(index - 1)}>${this.copy.previousCriterion}</button>
              <span class="muted">${this.copy.criterionOf(index + 1, visible.length)}</span>
              <button part="button" type="button" ?hidden=${index >= visible.length - 1} @click=${() => this.showCriterion(index + 1)}>${this.copy.nextCriterion}</button>
            </nav>`
            : nothing
        }
        ${this.renderAnswerList(state, definition, refusals)}
        ${
          state.submit.status === 'error'
            ? html`<div part="error" class="error">
              <p role="alert">${describeError(state.submit.error, this.messages, 'staff')}</p>
              ${this.renderUnplaced(refusals)}
            </div>`
            : nothing
        }
        <div class="actions">
          <button part="button submit-button" class="primary" type="submit" aria-disabled=${state.submit.status === 'submitting' ? 'true' : 'false'}>${this.copy.submit}</button>
        </div>
      </form>
    `;
  }

  /**
   * The draft was not saved, and the store has stopped trying (a lost connection retries by itself
   * and says "not saved yet" instead): say why, and offer "Gem nu" where saving again can help —
   * not after a 403, 404 or another refusal, where the answers must change first.
   */
  private renderSaveProblem(state: QuestionnaireState, refusals: Refusals | null): unknown {
    if (state.save.status !== 'error') return nothing;
    return html`
      <div part="error" class="error">
        <p role="alert">${describeError(state.save.error, this.messages, 'staff')} ${this.copy.notSaved}</p>
        ${this.renderUnplaced(refusals)}
        ${canRetry(state.save.error) ? html`<button part="button save-now-button" type="button" @click=${() => void this.store?.retrySave()}>${this.copy.saveNow}</button>` : nothing}
      </div>
    `;
  }

  /** What a refusal named that no question on screen shows (a version, a hidden item), for staff to pass on. */
  private renderUnplaced(refusals: Refusals | null): unknown {
    if (!refusals?.rest.length) return nothing;
    return html`<details>
      <summary>${this.messages.technicalDetails}</summary>
      <p>${this.messages.refusedFields}</p>
      <ul>${refusals.rest.map((path) => html`<li><code>${path || '(body)'}</code></li>`)}</ul>
    </details>`;
  }

  /** The sentence at each question that needs attention, by `targetId:part`: missing at submit, or refused by the server. */
  private problemsAt(state: QuestionnaireState, refusals: Refusals | null): Map<string, string> {
    const problems = new Map<string, string>();
    for (const missing of state.submit.status === 'invalid' ? state.submit.missing : [])
      problems.set(answerKey(missing), this.copy.missingPart(this.copy.parts[missing.part]));
    for (const refused of refusals?.answers ?? []) {
      const text =
        refused.code === 'required'
          ? this.copy.missingPart(this.copy.parts[refused.part])
          : refused.code === 'unknown_not_allowed'
            ? this.copy.unknownNotAllowed
            : this.copy.answerRefused;
      problems.set(answerKey(refused), text);
    }
    return problems;
  }

  private renderCriterion(
    definition: QuestionnaireDefinition,
    criterion: QuestionnaireDefinition['criteria'][number],
    items: readonly QuestionnaireItem[],
    state: QuestionnaireState,
    problems: ReadonlyMap<string, string>,
  ): TemplateResult {
    return html`
      <section part="criterion" class="criterion" aria-labelledby=${`criterion-${criterion.id}`}>
        ${this.heading(1, `criterion-${criterion.id}`, this.text(criterion.title), undefined, true)}
        ${criterion.description ? html`<p class="muted">${this.text(criterion.description)}</p>` : nothing}
        ${repeat(
          items,
          (item) => item.id,
          (item) => this.renderItem(definition, item, state, problems),
        )}
      </section>
    `;
  }

  private renderItem(
    definition: QuestionnaireDefinition,
    item: QuestionnaireItem,
    state: QuestionnaireState,
    problems: ReadonlyMap<string, string>,
  ): TemplateResult {
    const answer = state.answers[item.id];
    const problemAt = (targetId: string, part: AnswerPart) => problems.get(answerKey({ targetId, part }));
    const required = (part: AnswerPart) => item.required?.includes(part) ?? false;
    const allowUnknown = item.allowUnknown ?? true;
    const textPart = (part: 'reflection' | 'nextStep') => {
      const id = `${part}-${item.id}`;
      const problem = problemAt(item.id, part);
      return html`
        <label for=${id}>${this.copy[part]}${required(part) ? html` <span class="muted">${this.copy.required}</span>` : nothing}</label>
        ${problem ? this.renderProblem(`problem-${id}`, problem) : nothing}
        <textarea
          id=${id}
          rows="2"
          maxlength="4000"
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? `problem-${id}` : nothing}
          .value=${live(answer?.[part] ?? '')}
          @input=${(event: Event) => this.answer(item.id, part, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      `;
    };
    return html`
      <fieldset part="item" class="item" id=${`item-${item.id}`}>
        <legend id=${`legend-${item.id}`}>${this.text(item.text)}${required('rating') ? html` <span class="muted">${this.copy.required}</span>` : nothing}</legend>
        ${item.help ? html`<p class="muted">${this.text(item.help)}</p>` : nothing}
        ${item.parts.includes('rating') ? this.renderRating(definition, item.id, `legend-${item.id}`, answer?.rating, allowUnknown, problemAt(item.id, 'rating')) : nothing}
        ${(item.subItems ?? []).map(
          (subItem) => html`
            <div class="sub-item">
              <p class="sub-item-text" id=${`legend-${subItem.id}`}>${this.text(subItem.text)}${subItem.required ? html` <span class="muted">${this.copy.required}</span>` : nothing}</p>
              ${this.renderRating(definition, subItem.id, `legend-${subItem.id}`, state.answers[subItem.id]?.rating, allowUnknown, problemAt(subItem.id, 'rating'))}
            </div>
          `,
        )}
        ${item.parts.includes('reflection') ? textPart('reflection') : nothing}
        ${item.parts.includes('nextStep') ? textPart('nextStep') : nothing}
      </fieldset>
    `;
  }

  /** Native radios: arrow keys move within the group, and each step's label is read with its number. */
  private renderRating(
    definition: QuestionnaireDefinition,
    targetId: string,
    labelledBy: string,
    value: Rating | undefined,
    allowUnknown: boolean,
    problem: string | undefined,
  ): TemplateResult {
    const name = `rating-${targetId}`;
    const choose = (rating: Rating) => () => this.answer(targetId, 'rating', rating);
    const option = (rating: Rating, label: string) => html`
      <label class="choice">
        <input type="radio" name=${name} .checked=${live(value === rating)} @change=${choose(rating)} />
        <span>${label}</span>
      </label>
    `;
    return html`
      ${problem ? this.renderProblem(`problem-${name}`, problem) : nothing}
      <div part="rating" class="rating" role="radiogroup" aria-labelledby=${labelledBy} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `problem-${name}` : nothing}>
        ${RATINGS.map((rating) => option(rating, this.copy.ratingOf(rating, this.text(definition.scale.steps[rating - 1]!.label))))}
        ${allowUnknown ? option('unknown', this.text(definition.scale.unknown)) : nothing}
      </div>
    `;
  }

  /** Beside the question itself, tied to its control, so moving there from the list says why. */
  private renderProblem(id: string, text: string): TemplateResult {
    return html`<p class="field-problem" id=${id}>${text}</p>`;
  }

  /**
   * After a submit with answers missing, or answers the server refused: how many, under a heading
   * that takes focus, and a button per answer ("the question (part)") that moves focus to it.
   */
  private renderAnswerList(state: QuestionnaireState, definition: QuestionnaireDefinition, refusals: Refusals | null): unknown {
    const missing = state.submit.status === 'invalid' ? state.submit.missing : [];
    const entries: readonly MissingAnswer[] = missing.length ? missing : (refusals?.answers ?? []);
    if (!entries.length) return nothing;
    const heading = missing.length ? this.copy.missingHeading(entries.length) : this.copy.refusedHeading(entries.length);
    const textOf = answerTargetLabels(definition, this.localize.locale);
    return html`
      <div part="missing" class="missing">
        ${this.heading(1, 'missing-heading', heading, undefined, true)}
        <ul>
          ${entries.map(
            (entry) =>
              html`<li><button type="button" class="link" @click=${() => this.goTo(entry)}>${this.copy.missingItem(textOf.get(entry.targetId) ?? entry.targetId, this.copy.parts[entry.part])}</button></li>`,
          )}
        </ul>
      </div>
    `;
  }
}

/** The questionnaire's public events, by store transition. */
const questionnaireEvents: readonly StoreEvent<QuestionnaireState>[] = [
  {
    event: 'uf-questionnaire-loaded',
    when: entered((state) => state.status, 'ready'),
    detail: (state) => (state.definition ? { definition: state.definition } : undefined),
  },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
  // `unsaved`: the draft could not reach the server and waits to be retried; the host hears why.
  { event: 'uf-error', when: entered((state) => state.save.status, 'error', 'unsaved'), detail: failure((state) => state.save.error, 'save') },
  {
    event: 'uf-questionnaire-submitted',
    when: entered((state) => state.submit.status, 'submitted'),
    detail: (state) => (state.submit.response ? { response: state.submit.response } : undefined),
  },
  { event: 'uf-error', when: entered((state) => state.submit.status, 'error'), detail: failure((state) => state.submit.error, 'submit') },
];
