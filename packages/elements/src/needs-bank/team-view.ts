import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { doubleOffersWith, goalsInPlanOrder, proposalStart, type CourseNeedsState, type NeedsBankWrite, type Proposal, type SharedNeed } from '@ungeforlob/sdk';
import { formatDate, type Messages } from '../i18n/index.js';
import { selectField, textareaField } from '../internal/form-fields.js';
import type { NeedsBankCopy } from './needs-bank.copy.types.js';
import { proposalFacts, proposalStatusText } from './proposal-facts.js';

/** A need being shared: its id is made when the form opens and kept for every try. */
export interface ShareDraft {
  id: string;
  goalId: string;
  text: string;
  agreed: boolean;
  /** What was last sent under `id`, to tell a retry from a changed need. */
  sent?: string;
}

/** What the team's view needs of the widget: its copy, drafts and actions. */
export interface TeamViewHost {
  readonly copy: NeedsBankCopy;
  readonly messages: Messages;
  readonly today: string;
  shareDraft: ShareDraft | null;
  readonly declineDrafts: Map<string, string>;
  readonly tried: Set<string>;
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
  changed(): void;
  refresh(): Promise<void>;
  openShare(): void;
  cancelShare(): void;
  submitShare(): Promise<void>;
  setNeedStatus(needId: string, status: 'open' | 'closed'): Promise<void>;
  accept(needId: string, proposalId: string): Promise<void>;
  openDecline(proposalId: string): void;
  cancelDecline(proposalId: string): void;
  submitDecline(needId: string, proposalId: string): Promise<void>;
  writeProblem(write: NeedsBankWrite, about: (action: NonNullable<NeedsBankWrite['action']>) => boolean, retry: () => void): TemplateResult | typeof nothing;
}

/** The course's team: share a need for a goal of the plan, and decide on the proposals other teams send. */
export function teamView(host: TeamViewHost, state: CourseNeedsState): TemplateResult {
  const { team } = host.copy;
  const saving = state.write.status === 'saving';
  return html`
    <p part="intro" class="intro">${team.intro}</p>
    ${
      host.shareDraft
        ? shareForm(host, state, host.shareDraft)
        : html`<div class="actions top-actions">
            ${
              state.goals.length > 0
                ? html`<button part="button" class="primary" type="button" data-action="open-share" ?disabled=${saving} @click=${() => host.openShare()}>
                    ${team.shareButton}
                  </button>`
                : nothing
            }
            ${state.needs.length > 0 ? html`<button part="button" type="button" @click=${() => void host.refresh()}>${team.refresh}</button>` : nothing}
          </div>`
    }
    ${
      state.needs.length > 0
        ? html`${host.heading(1, 'shared-needs', team.sharedHeading, undefined, false)}
            <ul part="needs" class="needs" aria-labelledby="shared-needs">
              ${state.needs.map((need) => html`<li part="need" class=${`need ${need.status}`}>${sharedNeed(host, state, need)}</li>`)}
            </ul>`
        : nothing
    }
  `;
}

function shareForm(host: TeamViewHost, state: CourseNeedsState, draft: ShareDraft): TemplateResult {
  const { team } = host.copy;
  const shown = host.tried.has('share');
  const goals = goalsInPlanOrder(state.goals).map((goal) => [goal.id, `${host.copy.goalKinds[goal.kind]}: ${goal.text}`] as const);
  const update = (change: Partial<ShareDraft>) => {
    Object.assign(draft, change);
    host.changed();
  };
  return html`
    <form part="form" class="form share" aria-labelledby="share-title" novalidate @submit=${(event: Event) => (event.preventDefault(), void host.submitShare())}>
      ${host.heading(1, 'share-title', team.shareTitle, undefined, false)}
      ${selectField(
        { id: 'share-goal', label: team.goalLabel, required: true, problem: shown && !draft.goalId ? team.missing.goal : undefined },
        draft.goalId,
        goals,
        (goalId) => update({ goalId }),
        team.goalPlaceholder,
      )}
      ${textareaField(
        { id: 'share-text', label: team.textLabel, hint: team.textHint, required: true, problem: shown && !draft.text.trim() ? team.missing.text : undefined },
        draft.text,
        (text) => update({ text }),
        { maxlength: 500, rows: 3 },
      )}
      <div class="check">
        <input
          id="share-agreed"
          type="checkbox"
          required
          aria-invalid=${shown && !draft.agreed ? 'true' : 'false'}
          aria-describedby=${shown && !draft.agreed ? 'share-agreed-problem' : nothing}
          .checked=${live(draft.agreed)}
          @change=${(event: Event) => update({ agreed: (event.target as HTMLInputElement).checked })}
        />
        <label for="share-agreed">${team.agreedLabel}</label>
      </div>
      ${shown && !draft.agreed ? html`<p id="share-agreed-problem" class="field-problem">${team.missing.agreed}</p>` : nothing}
      ${host.writeProblem(
        state.write,
        (action) => action.kind === 'share' && action.needId === draft.id,
        () => void host.submitShare(),
      )}
      <div class="actions">
        <button part="button" class="primary" type="submit" ?disabled=${state.write.status === 'saving'}>${team.submitShare}</button>
        <button part="button" type="button" @click=${() => host.cancelShare()}>${team.cancel}</button>
      </div>
    </form>
  `;
}

function sharedNeed(host: TeamViewHost, state: CourseNeedsState, need: SharedNeed): TemplateResult {
  const { team, goalKinds } = host.copy;
  const date = (instant: string) => formatDate(instant.slice(0, 10), host.messages);
  const goal = state.plan?.goals.find((candidate) => candidate.id === need.goalId);
  const saving = state.write.status === 'saving';
  return html`
    ${host.heading(2, `need-${need.id}`, `${goalKinds[need.goalKind]}${goal ? `: ${goal.text}` : ''}`, undefined, true)}
    <p class="meta"><span class=${`badge ${need.status}`}>${team.needStatus[need.status]}</span> ${team.shared(date(need.sharedAt), need.sharedBy)} · ${team.agreedOn(formatDate(need.agreedOn, host.messages))}</p>
    <blockquote part="words" class="words">${need.text}</blockquote>
    ${host.writeProblem(
      state.write,
      (action) => action.kind === 'change' && action.needId === need.id,
      () => void host.setNeedStatus(need.id, need.status === 'open' ? 'closed' : 'open'),
    )}
    <p class="need-actions">
      <button part="button" type="button" ?disabled=${saving} @click=${() => void host.setNeedStatus(need.id, need.status === 'open' ? 'closed' : 'open')}>
        ${need.status === 'open' ? team.closeNeed : team.reopenNeed}
      </button>
    </p>
    <p id=${`proposals-${need.id}`} class="proposals-label">${team.proposalsHeading(need.proposals.length)}</p>
    ${
      need.proposals.length === 0
        ? html`<p class="none">${team.noProposals}</p>`
        : html`<ul class="proposals" aria-labelledby=${`proposals-${need.id}`}>
            ${need.proposals.map((proposal) => html`<li part="proposal" class=${`proposal ${proposal.status}`}>${proposalItem(host, state, need, proposal)}</li>`)}
          </ul>`
    }
  `;
}

function proposalItem(host: TeamViewHost, state: CourseNeedsState, need: SharedNeed, proposal: Proposal): TemplateResult {
  const { team } = host.copy;
  const headingId = `proposal-${proposal.id}`;
  const reason = host.declineDrafts.get(proposal.id);
  const saving = state.write.status === 'saving';
  const aboutThis = (action: NonNullable<NeedsBankWrite['action']>) => action.kind === 'decide' && action.proposalId === proposal.id;
  const retry = () =>
    void (state.write.action?.kind === 'decide' && state.write.action.outcome === 'declined'
      ? host.submitDecline(need.id, proposal.id)
      : host.accept(need.id, proposal.id));
  const start = proposalStart(proposal, host.today);
  const doubles =
    proposal.status === 'open' && state.plan ? doubleOffersWith(state.plan.efforts, { offerKind: proposal.offer.kind, unitId: proposal.unit.id, start }) : [];
  return html`
    ${host.heading(3, headingId, `${proposal.offer.name} – ${proposal.unit.name}`, undefined, true)}
    ${proposalFacts(host.copy, host.messages, proposal, true)}
    <p class="proposal-status">${proposalStatusText(team.proposalStatus, proposal, host.messages)}</p>
    ${proposal.decision?.reason ? html`<p class="reason"><strong>${team.declinedBecause}:</strong> ${proposal.decision.reason}</p>` : nothing}
    ${doubles.map((effort) => html`<p part="double-offer-warning" class="notice">${team.doubleOffer(effort.offer.name, effort.unit.name)}</p>`)}
    ${host.writeProblem(state.write, aboutThis, retry)}
    ${
      proposal.status !== 'open'
        ? nothing
        : reason !== undefined
          ? declineForm(host, state, need, proposal, reason)
          : html`<div class="actions">
              ${
                // A closed need takes nothing more into the plan: open it again first, or decline.
                need.status === 'open'
                  ? html`<button part="button" class="primary" type="button" aria-describedby=${headingId} ?disabled=${saving} @click=${() => void host.accept(need.id, proposal.id)}>
                      ${team.accept}
                    </button>`
                  : nothing
              }
              <button part="button" type="button" data-decline=${proposal.id} aria-describedby=${headingId} ?disabled=${saving} @click=${() => host.openDecline(proposal.id)}>${team.decline}</button>
            </div>`
    }
  `;
}

function declineForm(host: TeamViewHost, state: CourseNeedsState, need: SharedNeed, proposal: Proposal, reason: string): TemplateResult {
  const { team } = host.copy;
  const shown = host.tried.has(`decline-${proposal.id}`);
  return html`
    <form part="form" class="form decline" novalidate aria-label=${`${team.decline}: ${proposal.offer.name}`} @submit=${(event: Event) => (event.preventDefault(), void host.submitDecline(need.id, proposal.id))}>
      ${textareaField(
        {
          id: `reason-${proposal.id}`,
          label: team.reasonLabel,
          hint: team.reasonHint,
          required: true,
          problem: shown && !reason.trim() ? team.missing.reason : undefined,
        },
        reason,
        (text) => {
          host.declineDrafts.set(proposal.id, text);
          host.changed();
        },
        { maxlength: 500, rows: 2 },
      )}
      <div class="actions">
        <button part="button" class="primary" type="submit" ?disabled=${state.write.status === 'saving'}>${team.submitDecline}</button>
        <button part="button" type="button" @click=${() => host.cancelDecline(proposal.id)}>${team.cancel}</button>
      </div>
    </form>
  `;
}
