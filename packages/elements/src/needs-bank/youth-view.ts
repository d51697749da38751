import { html, type TemplateResult } from 'lit';
import type { CourseNeedsState, SharedNeed } from '@ungeforlob/sdk';
import type { Messages } from '../i18n/index.js';
import type { NeedsBankCopy } from './needs-bank.copy.types.js';
import { proposalStatusText } from './proposal-facts.js';

/** What the young person's view needs of the widget. */
export interface YouthViewHost {
  readonly copy: NeedsBankCopy;
  readonly messages: Messages;
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
}

/** The young person: what they shared, and what professionals proposed, in plain words. */
export function youthView(host: YouthViewHost, state: CourseNeedsState): TemplateResult {
  const { youth } = host.copy;
  return html`
    <p part="intro" class="intro">${youth.intro}</p>
    <ul part="needs" class="needs" aria-labelledby="title">
      ${state.needs.map((need, index) => html`<li part="need" class="need">${sharedByYou(host, need, index)}</li>`)}
    </ul>
  `;
}

function sharedByYou(host: YouthViewHost, need: SharedNeed, index: number): TemplateResult {
  const { youth } = host.copy;
  const headingId = `shared-${index}`;
  return html`
    ${host.heading(1, headingId, youth.youShared(youth.goalKinds[need.goalKind]), undefined, false)}
    <blockquote part="words" class="words">${need.text}</blockquote>
    ${
      need.proposals.length === 0
        ? html`<p class="none">${youth.noProposals}</p>`
        : html`<ul class="proposals" aria-labelledby=${headingId}>
            ${need.proposals.map(
              (proposal) => html`<li part="proposal" class=${`proposal ${proposal.status}`}>
                <p>${youth.proposal(proposal.offer.name, stripStop(proposal.how), stripStop(proposal.when))} ${youth.youMeet(stripStop(proposal.person))}</p>
                <p class="proposal-status">${proposalStatusText(youth.proposalStatus, proposal, host.messages)}</p>
              </li>`,
            )}
          </ul>`
    }
  `;
}

/** A professional's words end where the sentence around them puts its own full stop. */
function stripStop(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}
