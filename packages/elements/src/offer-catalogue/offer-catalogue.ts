import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  GoalKind,
  OfferCatalogueStore,
  mailtoHref,
  offerChoiceOf,
  phoneHref,
  type Offer,
  type OfferCatalogueState,
  type OfferFilter,
  type OfferReview,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { formatDate, type Audience } from '../i18n/index.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { offerCatalogueCopy } from './offer-catalogue.copy.js';
import type { OfferCatalogueAudienceCopy, OfferCatalogueCopy } from './offer-catalogue.copy.types.js';
import { offerCatalogueSkeleton } from './offer-catalogue-skeleton.js';
import { offerCatalogueStyles } from './offer-catalogue.styles.js';
// The events the catalogue fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';
import type { OfferAddToPlanOutcome } from '../events/uf-offer-add-to-plan.js';

/** Who reads the catalogue: the young person ("what could help me") or a professional (the whole entry, reviews, adding to a plan). */
export type OfferCatalogueMode = 'youth' | 'staff';

/** The waiting-time filter's choices, in weeks (0: no waiting time). */
const WAITING_CHOICES = [0, 2, 4, 8] as const;

/**
 * @summary The municipality's offer catalogue (tilbudsvifte): find an offer by words, goal, unit,
 * age and waiting time; staff see each offer's latest review against the strategic criteria and
 * add it to the course's plan; the young person sees what could help them, in plain words.
 *
 * Reads the client, course and language from a surrounding `<uf-provider>`; the widget's own
 * `course`, `lang` and `client` win. The data logic is the SDK's `OfferCatalogueStore`.
 *
 * @fires uf-offers-loaded - The catalogue arrived (`detail.offers`).
 * @fires uf-error - Loading failed (`detail.operation` is `load`).
 * @fires uf-offer-add-to-plan - Cancelable: a professional chose "Tilføj til planen" (`detail.courseId`,
 *   `detail.offer`, `detail.choice`). A staff `<uf-plan>` of that course on the page opens its add-effort
 *   form with the offer and sets `detail.outcome`, which the catalogue then says; to add it your own
 *   way, listen on the document, call `preventDefault()` and set `detail.outcome = 'handled'`.
 *
 * @slot empty - What to show when the catalogue has no offers (default: a short explanation).
 *
 * @csspart base - The catalogue.
 * @csspart heading - The catalogue's heading.
 * @csspart status - The polite live region (loading, and what came of "Tilføj til planen").
 * @csspart filters - The search and filter form.
 * @csspart count - How many offers match, announced as the filters change.
 * @csspart offers - The list of offers.
 * @csspart offer - One offer.
 * @csspart review - An offer's latest criteria review (staff).
 * @csspart button - Every button.
 * @csspart add-button - The "Tilføj til planen" buttons.
 * @csspart error - The error message when loading failed.
 *
 * @cssprop [--uf-font-family=inherit] - Font (the page's own unless set).
 * @cssprop [--uf-font-size=1rem] - Body text size.
 * @cssprop [--uf-font-size-small=0.875rem] - Secondary text size.
 * @cssprop [--uf-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--uf-line-height=1.5] - Line height.
 * @cssprop [--uf-color-text=#1a1a1a] - Text.
 * @cssprop [--uf-color-text-muted=#454545] - Secondary text (keep 4.5:1 on the surface).
 * @cssprop [--uf-color-surface=#ffffff] - Background.
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - Background of the filters and the loading placeholder.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders.
 * @cssprop [--uf-color-primary=#0059b3] - Links and buttons.
 * @cssprop [--uf-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--uf-color-notice-surface=#ffeecc] - Background of notices.
 * @cssprop [--uf-color-notice-border=#8a5a00] - Border of notices.
 * @cssprop [--uf-color-error=#cc0000] - The border that marks a loading error.
 * @cssprop [--uf-color-focus=#454545] - The 3px focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfOfferCatalogue extends UfElement {
  static override styles = offerCatalogueStyles;

  static override properties = {
    mode: { reflect: true },
  };

  /**
   * `youth` (default): the active offers in plain words, without reviews or internal fields.
   * `staff`: the whole entry, each offer's latest criteria review, and "Tilføj til planen" when
   * the widget knows a course. Presentation only: the server decides what a user may see.
   */
  declare mode: OfferCatalogueMode;

  /** What the last "Tilføj til planen" came to, for the live region, and for which course (another course's is not shown). */
  private addOutcome: { courseId: string; text: string } | null = null;

  private readonly catalogue = new CourseStoreController<OfferCatalogueState, OfferCatalogueStore>(this, {
    // One store per client and mode: the catalogue is the municipality's, not the course's.
    subject: () => this.mode,
    create: (client, mode, now) => new OfferCatalogueStore({ client, withReviews: mode === 'staff', now }),
    onChange: storeEvents(this, catalogueEvents),
    onReplace: () => (this.addOutcome = null),
  });

  constructor() {
    super();
    this.mode = 'youth';
  }

  get copy(): OfferCatalogueCopy {
    return this.localize.copy(offerCatalogueCopy);
  }

  private get audience(): OfferCatalogueAudienceCopy {
    return this.mode === 'staff' ? this.copy.staff : this.copy.youth;
  }

  private get reader(): Audience {
    return this.mode === 'staff' ? 'staff' : 'youth';
  }

  private filterBy(change: Partial<OfferFilter>): void {
    const store = this.catalogue.store;
    if (!store) return;
    const next: OfferFilter = { ...store.getSnapshot().filter, ...change };
    for (const key of Object.keys(change) as (keyof OfferFilter)[]) if (next[key] === undefined || next[key] === '') delete next[key];
    store.setFilter(next);
  }

  private clearFilters(): void {
    // The age field is the user's own while they type ("1" on the way to "16" filters nothing), so it is emptied here, not bound.
    this.renderRoot.querySelector('form')?.reset();
    this.catalogue.store?.setFilter({});
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#search')?.focus());
  }

  private addToPlan(offer: Offer): void {
    const courseId = this.catalogue.courseId;
    if (!courseId) return;
    const event = this.emit('uf-offer-add-to-plan', { courseId, offer, choice: offerChoiceOf(offer), outcome: 'unhandled' }, { cancelable: true });
    const { copy } = this;
    const said: Record<OfferAddToPlanOutcome, string> = {
      opened: copy.sentToPlan(offer.name),
      busy: copy.planBusy,
      loading: copy.planLoading,
      noPlan: copy.courseHasNoPlan,
      handled: '',
      // A host that vetoed it without saying what it did has said it itself, if anything.
      unhandled: event.defaultPrevented ? '' : copy.noPlanOnPage,
    };
    this.addOutcome = { courseId, text: said[event.detail.outcome] };
    this.requestUpdate();
  }

  /** The last add's outcome, while the widget still shows the course it was for. */
  private get outcomeText(): string {
    return this.addOutcome && this.addOutcome.courseId === this.catalogue.courseId ? this.addOutcome.text : '';
  }

  protected override render(): TemplateResult {
    const state = this.catalogue.state;
    return frame({
      element: 'section',
      className: 'catalogue',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.audience.title, 'heading'),
      status: state?.status === 'loading' ? this.audience.loading : this.outcomeText,
      statusPart: 'status',
      busy: waitingForContent(state?.status),
      body: statusBranch(state?.status, {
        initial: () => placeholder(offerCatalogueSkeleton(this.mode)),
        loading: () => placeholder(offerCatalogueSkeleton(this.mode)),
        empty: () => emptySlot(this.audience.empty),
        error: () => errorPanel(state!.error, this.messages, () => void this.retryLoad(this.catalogue.store, true), nothing, this.reader),
        ready: () => this.renderCatalogue(state!),
      }),
    });
  }

  private renderCatalogue(state: OfferCatalogueState): TemplateResult {
    const active = state.offers.filter((offer) => offer.status === 'active').length;
    return html`
      ${this.renderFilters(state)}
      <p part="count" class="count" aria-live="polite">${this.audience.found(state.found.length, active)}</p>
      ${
        state.found.length === 0
          ? html`<div class="none-found">
              <p>${this.audience.noneFound}</p>
              <button part="button" type="button" @click=${() => this.clearFilters()}>${this.copy.clearFilters}</button>
            </div>`
          : html`<ul part="offers" class="offers" aria-labelledby="title">
              ${state.found.map((offer) => html`<li part="offer" class="offer">${this.renderOffer(offer, state.reviews.get(offer.id), state)}</li>`)}
            </ul>`
      }
    `;
  }

  private renderFilters(state: OfferCatalogueState): TemplateResult {
    const { filter } = state;
    const staff = this.mode === 'staff';
    const { audience, copy } = this;
    return html`
      <form part="filters" class="filters" role="search" aria-label=${copy.filtersLabel} @submit=${(event: Event) => event.preventDefault()}>
        <div class="field search">
          <label for="search">${audience.searchLabel}</label>
          <input id="search" type="search" autocomplete="off" .value=${live(filter.text ?? '')} @input=${(event: Event) => this.filterBy({ text: inputValue(event) })} />
        </div>
        <div class="field">
          <label for="goal-kind">${audience.goalKindLabel}</label>
          <select id="goal-kind" @change=${(event: Event) => this.filterBy({ goalKind: (inputValue(event) || undefined) as GoalKind | undefined })}>
            <option value="" ?selected=${!filter.goalKind}>${copy.anyChoice}</option>
            ${GoalKind.options.map((kind) => html`<option value=${kind} ?selected=${filter.goalKind === kind}>${audience.goalKinds[kind]}</option>`)}
          </select>
        </div>
        ${
          staff
            ? html`<div class="field">
                <label for="unit">${copy.unitLabel}</label>
                <select id="unit" @change=${(event: Event) => this.filterBy({ unitId: inputValue(event) || undefined })}>
                  <option value="" ?selected=${!filter.unitId}>${copy.anyChoice}</option>
                  ${state.units.map((unit) => html`<option value=${unit.id} ?selected=${filter.unitId === unit.id}>${unit.name}</option>`)}
                </select>
              </div>
              <div class="field age">
                <label for="age">${copy.ageLabel}</label>
                <input id="age" type="number" inputmode="numeric" min="13" max="29" @input=${(event: Event) => this.filterBy({ age: ageOf(inputValue(event)) })} />
              </div>`
            : nothing
        }
        <div class="field">
          <label for="waiting">${audience.waitingLabel}</label>
          <select id="waiting" @change=${(event: Event) => this.filterBy({ maxWaitingWeeks: weeksOf(inputValue(event)) })}>
            <option value="" ?selected=${filter.maxWaitingWeeks === undefined}>${audience.waitingChoices.any}</option>
            ${WAITING_CHOICES.map(
              (weeks) =>
                html`<option value=${weeks} ?selected=${filter.maxWaitingWeeks === weeks}>${weeks === 0 ? audience.waitingChoices.none : audience.waitingChoices.atMost(weeks)}</option>`,
            )}
          </select>
        </div>
        ${
          staff && state.criteria.length > 0
            ? html`<div class="check relations">
                <input id="relations" type="checkbox" aria-describedby="relations-hint" .checked=${live(Boolean(filter.nonProfessionalRelations))} @change=${(event: Event) => this.filterBy({ nonProfessionalRelations: (event.target as HTMLInputElement).checked || undefined })} />
                <div>
                  <label for="relations">${copy.relationsLabel}</label>
                  <p class="hint" id="relations-hint">${copy.relationsHint}</p>
                </div>
              </div>`
            : nothing
        }
      </form>
    `;
  }

  private renderOffer(offer: Offer, review: OfferReview | undefined, state: OfferCatalogueState): TemplateResult {
    const staff = this.mode === 'staff';
    const { copy } = this;
    const headingId = `offer-${offer.id}`;
    const courseId = this.catalogue.courseId;
    return html`
      ${this.heading(1, headingId, offer.name, undefined, false)}
      <p class="unit">${offer.unit.name}</p>
      <p class="description">${offer.description}</p>
      ${staff ? this.renderStaffFacts(offer) : this.renderYouthFacts(offer)}
      ${staff && state.criteria.length > 0 ? this.renderReview(offer, review, state) : nothing}
      ${
        staff && courseId && offer.status === 'active'
          ? html`<div class="actions">
              <button part="button add-button" type="button" aria-describedby=${headingId} @click=${() => this.addToPlan(offer)}>${copy.addToPlan}</button>
            </div>`
          : nothing
      }
    `;
  }

  private renderStaffFacts(offer: Offer): TemplateResult {
    const { copy } = this;
    const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
    return html`<dl class="facts terms">
      ${fact(copy.situationLabel, this.audienceOf(offer))} ${fact(copy.staff.servesLabel, this.goalsOf(offer))}
      ${fact(copy.staff.waitingLabel, copy.staff.waiting(offer.waitingWeeks))} ${fact(copy.staff.contactLabel, this.contactOf(offer))}
      ${offer.howToGetIn ? fact(copy.staff.howToGetInLabel, offer.howToGetIn) : nothing}
      ${offer.legalBasis ? fact(copy.legalBasisLabel, offer.legalBasis) : nothing} ${offer.capacityNote ? fact(copy.capacityLabel, offer.capacityNote) : nothing}
    </dl>`;
  }

  /** The young person's facts as sentences: who it is for, when they can start, whom to ask. */
  private renderYouthFacts(offer: Offer): TemplateResult {
    const { youth } = this.copy;
    return html`<ul class="facts plain">
      <li>${youth.servesLabel}: ${this.goalsOf(offer).toLocaleLowerCase(this.messages.languageTag)}.</li>
      <li>${youth.ages(offer.audience.minAge, offer.audience.maxAge)}</li>
      <li>${youth.waiting(offer.waitingWeeks)}</li>
      ${offer.howToGetIn ? html`<li>${youth.howToGetInLabel}: ${offer.howToGetIn}</li>` : nothing}
      <li>${youth.contactLabel}: ${this.contactOf(offer)}</li>
    </ul>`;
  }

  private renderReview(offer: Offer, review: OfferReview | undefined, state: OfferCatalogueState): TemplateResult {
    const { copy } = this;
    if (!review) return html`<p part="review" class="review not-reviewed">${copy.notReviewed}</p>`;
    const date = formatDate(review.reviewedAt.slice(0, 10), this.messages);
    return html`
      <div part="review" class="review" role="group" aria-label=${`${copy.reviewHeading}: ${offer.name}`}>
        <p class="label">${copy.reviewHeading} · ${copy.reviewed(date, review.round)}</p>
        <dl class="scores terms">
          ${state.criteria.map((criterion, index) => html`<div><dt>${this.localize.text(criterion.title)}</dt><dd>${copy.score(review.criteria[index]?.score ?? null)}</dd></div>`)}
        </dl>
      </div>
    `;
  }

  private audienceOf(offer: Offer): string {
    const ages = this.copy.staff.ages(offer.audience.minAge, offer.audience.maxAge);
    return offer.audience.situation ? `${ages}. ${offer.audience.situation}` : ages;
  }

  private goalsOf(offer: Offer): string {
    return offer.goalKinds.map((kind) => this.audience.goalKinds[kind]).join(', ');
  }

  private contactOf(offer: Offer): TemplateResult {
    const { name, phone, email } = offer.contact;
    // A number or address the SDK does not take for one is shown as text, never as a link.
    const link = (text: string, href: string | null) => html`<br />${href ? html`<a href=${href}>${text}</a>` : text}`;
    return html`${name}${phone ? link(phone, phoneHref(phone)) : nothing}${email ? link(email, mailtoHref(email)) : nothing}`;
  }
}

function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement).value;
}

/** A typed age, when it is a whole number the effort is for (13–29); anything else filters by no age. */
function ageOf(value: string): number | undefined {
  const age = Number(value);
  return value.trim() && Number.isInteger(age) && age >= 13 && age <= 29 ? age : undefined;
}

function weeksOf(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

const catalogueEvents: readonly StoreEvent<OfferCatalogueState>[] = [
  { event: 'uf-offers-loaded', when: entered((state) => state.status, 'ready', 'empty'), detail: (state) => ({ offers: state.offers }) },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
];
