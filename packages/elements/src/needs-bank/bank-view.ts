import { html, nothing, type TemplateResult } from 'lit';
import type { BankNeed, NeedsBankWrite, OpenNeedsState } from '@ungeforlob/sdk';
import { formatDate, type Messages } from '../i18n/index.js';
import { inputField, selectField } from '../internal/form-fields.js';
import type { NeedsBankCopy } from './needs-bank.copy.types.js';
import { proposalFacts, proposalStatusText } from './proposal-facts.js';

/** A proposal being written: its id is made when the form opens and kept for every try. */
export interface ProposalDraft {
  id: string;
  offerId: string;
  person: string;
  how: string;
  when: string;
  /** `YYYY-MM-DD`, or empty. */
  start: string;
  /** What was last sent under `id`, to tell a retry from a changed proposal. */
  sent?: string;
}

/** What the bank's view needs of the widget: its copy, drafts and actions. */
export interface BankViewHost {
  readonly copy: NeedsBankCopy;
  readonly messages: Messages;
  readonly proposalDrafts: Map<string, ProposalDraft>;
  readonly tried: Set<string>;
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
  changed(): void;
  refresh(): Promise<void>;
  openProposal(needId: string): void;
  cancelProposal(needId: string): void;
  submitProposal(needId: string): Promise<void>;
  writeProblem(write: NeedsBankWrite, about: (action: NonNullable<NeedsBankWrite['action']>) => boolean, retry: () => void): TemplateResult | typeof nothing;
}

/** A professional of another team: the open needs, without who the young person is, and proposing an offer for one. */
export function bankView(host: BankViewHost, state: OpenNeedsState): TemplateResult {
  const { bank } = host.copy;
  return html`
    <p part="intro" class="intro">${bank.intro}</p>
    <div class="count-row">
      <p class="count">${bank.count(state.needs.length)}</p>
      <button part="button" type="button" @click=${() => void host.refresh()}>${bank.refresh}</button>
    </div>
    ${orphanedDrafts(host, state)}
    <ul part="needs" class="needs" aria-labelledby="title">
      ${state.needs.map((need) => html`<li part="need" class="need open">${openNeed(host, state, need)}</li>`)}
    </ul>
  `;
}

/**
 * Proposals being written for needs that have left the bank since (closed, read again with "Hent
 * nye behov"): what was typed stays on screen, with why it cannot be sent, until the user lets it go.
 */
function orphanedDrafts(host: BankViewHost, state: OpenNeedsState): TemplateResult | typeof nothing {
  const shown = new Set(state.needs.map((need) => need.id));
  const orphans = [...host.proposalDrafts].filter(([needId, draft]) => !shown.has(needId) && (draft.person || draft.how || draft.when));
  if (orphans.length === 0) return nothing;
  const { bank } = host.copy;
  return html`${orphans.map(
    ([needId, draft]) => html`<div part="write-problem" class="write-problem">
      <p role="alert">${bank.draftForClosedNeed}</p>
      <p class="kept">${[draft.person, draft.how, draft.when].filter(Boolean).join(' · ')}</p>
      <button part="button" type="button" @click=${() => host.cancelProposal(needId)}>${bank.dropDraft}</button>
    </div>`,
  )}`;
}

function openNeed(host: BankViewHost, state: OpenNeedsState, need: BankNeed): TemplateResult {
  const { bank, goalKinds, ageBands } = host.copy;
  const draft = host.proposalDrafts.get(need.id);
  const headingId = `need-${need.id}`;
  return html`
    ${host.heading(1, headingId, bank.needHeading(goalKinds[need.goalKind], need.ageBand ? ageBands[need.ageBand] : null), undefined, true)}
    <p class="meta">${bank.shared(formatDate(need.sharedAt.slice(0, 10), host.messages))}</p>
    <blockquote part="words" class="words">${need.text}</blockquote>
    ${
      need.myProposals.length > 0
        ? html`${host.heading(2, `mine-${need.id}`, bank.yourProposals, undefined, false)}
            <ul class="proposals" aria-labelledby=${`mine-${need.id}`}>
              ${need.myProposals.map(
                (proposal) => html`<li part="proposal" class=${`proposal ${proposal.status}`}>
                  <p class="offer-name"><strong>${proposal.offer.name}</strong> – ${proposal.unit.name}</p>
                  ${proposalFacts(host.copy, host.messages, proposal, false)}
                  <p class="proposal-status">${proposalStatusText(bank.proposalStatus, proposal, host.messages)}</p>
                </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      draft
        ? proposalForm(host, state, need, draft)
        : html`<p class="actions">
            <button part="button" class="primary" type="button" data-propose=${need.id} aria-describedby=${headingId} @click=${() => host.openProposal(need.id)}>${bank.proposeButton}</button>
          </p>`
    }
  `;
}

function proposalForm(host: BankViewHost, state: OpenNeedsState, need: BankNeed, draft: ProposalDraft): TemplateResult {
  const { bank } = host.copy;
  const key = `propose-${need.id}`;
  const shown = host.tried.has(key);
  const missing = (value: string, text: string) => (shown && !value.trim() ? text : undefined);
  const update = (change: Partial<ProposalDraft>) => {
    Object.assign(draft, change);
    host.changed();
  };
  const offers = state.offers.map((offer) => [offer.id, `${offer.name} (${offer.unit.name})`] as const);
  const titleId = `propose-title-${need.id}`;
  return html`
    <form part="form" class="form propose" data-form=${key} aria-labelledby=${titleId} novalidate @submit=${(event: Event) => (event.preventDefault(), void host.submitProposal(need.id))}>
      ${host.heading(2, titleId, bank.proposeTitle, undefined, false)}
      ${selectField({ id: `offer-${need.id}`, label: bank.offerLabel, required: true, problem: missing(draft.offerId, bank.missing.offer) }, draft.offerId, offers, (offerId) => update({ offerId }), bank.offerPlaceholder)}
      ${inputField({ id: `person-${need.id}`, label: bank.personLabel, hint: bank.personHint, required: true, problem: missing(draft.person, bank.missing.person) }, draft.person, (person) => update({ person }), { maxlength: 500 })}
      ${inputField({ id: `how-${need.id}`, label: bank.howLabel, hint: bank.howHint, required: true, problem: missing(draft.how, bank.missing.how) }, draft.how, (how) => update({ how }), { maxlength: 500 })}
      ${inputField({ id: `when-${need.id}`, label: bank.whenLabel, hint: bank.whenHint, required: true, problem: missing(draft.when, bank.missing.when) }, draft.when, (when) => update({ when }), { maxlength: 500 })}
      ${inputField({ id: `start-${need.id}`, label: bank.startLabel }, draft.start, (start) => update({ start }), { type: 'date' })}
      ${host.writeProblem(
        state.write,
        (action) => action.kind === 'propose' && action.needId === need.id,
        () => void host.submitProposal(need.id),
      )}
      <div class="actions">
        <button part="button" class="primary" type="submit" ?disabled=${state.write.status === 'saving'}>${bank.submitProposal}</button>
        <button part="button" type="button" @click=${() => host.cancelProposal(need.id)}>${bank.cancel}</button>
      </div>
    </form>
  `;
}
