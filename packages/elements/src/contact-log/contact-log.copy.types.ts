/**
 * The contact log's own copy (see `defineCopy`). Channel names are the shared catalogue's
 * (`messages.channels`); the contact card's two lines are the card's (`messages.youth/staff`).
 */
export interface ContactLogCopy {
  loading: string;
  saving: string;
  /** An agreed rhythm in words, from its number of days: 14 → "Mindst hver anden uge". */
  rhythmWords: (everyDays: number) => string;
  /** "(hver 14. dag)" beside the team's own words for the rhythm. */
  everyDays: (everyDays: number) => string;
  staff: {
    title: string;
    empty: string;
    rhythmLabel: string;
    noRhythm: string;
    rhythmFrom: (date: string) => string;
    lastContactLabel: string;
    noContactYet: string;
    nextDueLabel: string;
    nextDue: (date: string) => string;
    /** The rhythm is broken: said in words, never by colour alone. */
    overdue: (date: string, days: number) => string;
    missedInARow: (count: number) => string;
    logButton: string;
    rhythmButton: (agreed: boolean) => string;
    logTitle: string;
    channelLegend: string;
    outcomeLegend: string;
    outcomes: { held: string; noShow: string };
    initiativeLegend: string;
    initiatives: { professional: string; youth: string };
    atLabel: string;
    noteLabel: string;
    noteHint: string;
    shareNote: string;
    submitLog: string;
    cancel: string;
    rhythmTitle: string;
    everyDaysLabel: string;
    wordsLabel: string;
    wordsHint: string;
    fromLabel: string;
    submitRhythm: string;
    entriesHeading: (count: number) => string;
    noShow: string;
    youthInitiative: string;
    noteStaffOnly: string;
    noteShared: string;
    loggedBy: (name: string) => string;
    showAll: (count: number) => string;
    savedLog: string;
    savedRhythm: string;
    rhythmChangedMeanwhile: string;
    /** The contact's id was taken (409): sent again, it goes under a new one. */
    idTaken: string;
    notSaved: string;
    tryAgain: string;
    missing: { channel: string; at: string; from: string };
    inFuture: string;
  };
  youth: {
    title: string;
    intro: string;
    empty: string;
    rhythm: (words: string) => string;
    lastContact: (date: string) => string;
    nextDue: (date: string) => string;
    /** The agreed rhythm is broken: said kindly, as the card says it. */
    overdue: string;
    entriesHeading: string;
    noShow: string;
    youReachedOut: string;
    showAll: (count: number) => string;
  };
}
