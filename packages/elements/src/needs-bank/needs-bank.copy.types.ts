import type { AgeBand, GoalKind } from '@ungeforlob/sdk';

/** A proposal's state in words: waiting for the team, taken into the plan, or not chosen. */
export interface ProposalStatusCopy {
  open: string;
  accepted: (date: string) => string;
  declined: (date: string) => string;
}

/** The needs bank's own copy (see `defineCopy`). */
export interface NeedsBankCopy {
  goalKinds: Record<GoalKind, string>;
  ageBands: Record<AgeBand, string>;
  loading: string;
  saving: string;
  team: {
    title: string;
    intro: string;
    empty: string;
    shareButton: string;
    /** Loads the course's needs again, for proposals sent since. */
    refresh: string;
    shareTitle: string;
    goalLabel: string;
    goalPlaceholder: string;
    textLabel: string;
    textHint: string;
    agreedLabel: string;
    submitShare: string;
    cancel: string;
    sharedHeading: string;
    shared: (date: string, by: string) => string;
    agreedOn: (date: string) => string;
    needStatus: { open: string; closed: string };
    closeNeed: string;
    reopenNeed: string;
    proposalsHeading: (count: number) => string;
    noProposals: string;
    proposalStatus: ProposalStatusCopy;
    declinedBecause: string;
    personLabel: string;
    howLabel: string;
    whenLabel: string;
    startLabel: string;
    fromLabel: string;
    proposedBy: (name: string, date: string) => string;
    accept: string;
    decline: string;
    reasonLabel: string;
    reasonHint: string;
    submitDecline: string;
    doubleOffer: (offer: string, unit: string) => string;
    /** Said in the live region once a write is stored. */
    savedShare: string;
    savedChange: (status: 'open' | 'closed') => string;
    savedAccepted: (offer: string) => string;
    savedDeclined: string;
    /** The proposal was decided otherwise before: shown as it is now. */
    alreadyDecided: string;
    /** Someone changed the need meanwhile. */
    changedMeanwhile: string;
    /** Taking a proposal in, of a need closed meanwhile. */
    needClosed: string;
    missing: { goal: string; text: string; agreed: string; reason: string };
  };
  bank: {
    title: string;
    intro: string;
    empty: string;
    count: (count: number) => string;
    /** Loads the bank again, for needs shared since. */
    refresh: string;
    needHeading: (goalKind: string, ageBand: string | null) => string;
    shared: (date: string) => string;
    yourProposals: string;
    proposeButton: string;
    proposeTitle: string;
    offerLabel: string;
    offerPlaceholder: string;
    personLabel: string;
    personHint: string;
    howLabel: string;
    howHint: string;
    whenLabel: string;
    whenHint: string;
    startLabel: string;
    submitProposal: string;
    cancel: string;
    proposalStatus: ProposalStatusCopy;
    saved: string;
    /** The need was taken out of the bank before the proposal came. */
    needClosed: string;
    /** A proposal was being written for a need that has left the bank since. */
    draftForClosedNeed: string;
    /** Lets go of that proposal's words. */
    dropDraft: string;
    missing: { offer: string; person: string; how: string; when: string };
  };
  youth: {
    title: string;
    intro: string;
    empty: string;
    /** The heading over what they shared, by what it is about: "Det har du delt om arbejde". */
    youShared: (about: string) => string;
    /** What a need is about, in the young person's words. */
    goalKinds: Record<GoalKind, string>;
    noProposals: string;
    proposal: (offer: string, how: string, when: string) => string;
    youMeet: (person: string) => string;
    proposalStatus: ProposalStatusCopy;
  };
  /** After a failed write of something typed (a need, a reason, a proposal): not saved, and what was typed is kept. */
  notSaved: string;
  /** After a failed write of a button's action (take in, close, open). */
  notDone: string;
  tryAgain: string;
}
