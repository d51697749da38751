import type { DecisionFollowUp, ParticipantRole } from '@ungeforlob/sdk';

/**
 * The network meeting's own copy (see `defineCopy`). The plan's warnings on the agenda are said in
 * the plan's words (`planCopy.warnings`), so a warning reads the same in the plan and at the meeting.
 */
export interface NetworkMeetingCopy {
  loading: string;
  saving: string;
  /** "Netværksmøde tirsdag 15. december kl. 10.00". */
  meetingTitle: (when: string) => string;
  staff: {
    title: string;
    empty: string;
    planFirst: string;
    whereLabel: string;
    statusLabel: string;
    status: { planned: string; held: string };
    coordinatorLabel: string;
    editDetails: string;
    markHeld: string;
    planNext: string;
    otherMeetings: string;
    openMeeting: (when: string) => string;
    participantsHeading: string;
    roles: Record<ParticipantRole, string>;
    /** Someone the young person brings, with who they are to them: "Hanne Madsen (mor, med Freja)". */
    supporter: (relation: string | undefined) => string;
    addParticipant: string;
    removeParticipant: (name: string) => string;
    agendaHeading: string;
    agendaEmpty: string;
    /** The plan could not be read: the agenda lacks what the plan warns of. */
    planUnavailable: string;
    reloadPlan: string;
    /** The course has no plan: decisions can be written, not agreed. */
    noPlan: string;
    /** The decision's effort is no longer in the plan (removed meanwhile). */
    effortGone: string;
    /** Agreeing failed because the decision's effort left the plan: what to do instead. */
    effortGoneProblem: string;
    /** Under the effort chosen for a decision: the next action it will replace. */
    replaces: (action: string) => string;
    youthPoint: string;
    professionalPoint: string;
    lastDecision: (decidedOn: string) => string;
    followUpLegend: (action: string) => string;
    followUp: Record<DecisionFollowUp, string>;
    lifeGoalChanged: (changedOn: string) => string;
    addPoint: string;
    decisionsHeading: string;
    noDecisions: string;
    owner: (name: string, unit: string, due: string) => string;
    inEffort: (offer: string) => string;
    newEffort: (offer: string) => string;
    proposed: string;
    agree: (action: string) => string;
    removeDecision: (action: string) => string;
    inPlan: string;
    notInPlanYet: string;
    putInPlan: (action: string) => string;
    /** The plan changed meanwhile: the decision is agreed in the meeting and waits to be put in their version. */
    planChanged: (by: string) => string;
    planFailed: string;
    addDecision: string;
    handoverHeading: string;
    handover: (name: string, unit: string, on: string) => string;
    handoverWaits: string;
    recordHandover: string;
    minutesHeading: string;
    noMinutes: string;
    minutesShared: string;
    minutesStaffOnly: string;
    writeMinutes: (exists: boolean) => string;
    forms: {
      meetingTitle: (isNew: boolean) => string;
      atLabel: string;
      whereLabel: string;
      whereHint: string;
      coordinatorNameLabel: string;
      unitLabel: string;
      participantTitle: string;
      roleLegend: string;
      nameLabel: string;
      relationLabel: string;
      relationHint: string;
      pointTitle: string;
      fromLegend: string;
      from: { youth: string; professional: string };
      pointLabel: string;
      pointHint: string;
      decisionTitle: string;
      actionLabel: string;
      howLabel: string;
      ownerLabel: string;
      dueLabel: string;
      effortLabel: string;
      newEffortChoice: string;
      offerLabel: string;
      goalLabel: string;
      handoverTitle: string;
      newContactLabel: string;
      phoneLabel: string;
      phoneHint: string;
      onLabel: string;
      handoverHint: string;
      minutesTitle: string;
      minutesLabel: string;
      minutesHint: string;
      shareMinutes: string;
      choose: string;
      submit: string;
      cancel: string;
      missing: string;
      badPhone: string;
    };
    saved: string;
    /** Someone else saved the meeting meanwhile: what was typed stays, and "Prøv igen" adds it to their version. */
    changedMeanwhile: (by: string) => string;
    notSaved: string;
    tryAgain: string;
    /** Who changed something, when the answer does not say. */
    someone: string;
  };
  youth: {
    title: string;
    intro: string;
    empty: string;
    next: string;
    earlier: string;
    where: (place: string) => string;
    whoHeading: string;
    you: string;
    yourPoints: string;
    decidedHeading: string;
    /** One decision in plain sentences: what, who answers for it by when, and how (`action` and `how` without their closing full stop). */
    decision: (owner: string, action: string, how: string, due: string) => string;
    done: string;
    newContact: (name: string, on: string) => string;
    minutesHeading: string;
  };
}
