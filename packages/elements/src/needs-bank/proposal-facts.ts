import { html, nothing, type TemplateResult } from 'lit';
import type { Proposal } from '@ungeforlob/sdk';
import { formatDate, type Messages } from '../i18n/index.js';
import type { NeedsBankCopy, ProposalStatusCopy } from './needs-bank.copy.types.js';

/** Who, how and when of a proposal, as the team and its proposer read it; `withFrom`: who proposed it, and when. */
export function proposalFacts(copy: NeedsBankCopy, messages: Messages, proposal: Proposal, withFrom: boolean): TemplateResult {
  const { team } = copy;
  const fact = (term: string, value: string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<dl class="facts terms">
    ${fact(team.personLabel, proposal.person)} ${fact(team.howLabel, proposal.how)} ${fact(team.whenLabel, proposal.when)}
    ${proposal.start ? fact(team.startLabel, formatDate(proposal.start, messages)) : nothing}
    ${withFrom ? fact(team.fromLabel, team.proposedBy(proposal.from, formatDate(proposal.at.slice(0, 10), messages))) : nothing}
  </dl>`;
}

/** Where a proposal stands, in `words` for its reader. */
export function proposalStatusText(words: ProposalStatusCopy, proposal: Proposal, messages: Messages): string {
  if (proposal.status === 'open' || !proposal.decision) return words.open;
  const date = formatDate(proposal.decision.at.slice(0, 10), messages);
  return proposal.status === 'accepted' ? words.accepted(date) : words.declined(date);
}
