import type { TemplateResult } from 'lit';
import type { AbsenceReason, ChannelKind, ContactRole } from '@ungeforlob/sdk';

/** The languages the widgets speak. Danish is the default: the young people and staff are Danish. */
export type Locale = 'da' | 'en';

/** Text or a small template (a name in bold, a `<time>` element) placed into a sentence. */
export type Fragment = string | TemplateResult;

/** Copy for one audience: the young person reads plain words, staff read the glossary's terms. */
export interface AudienceMessages {
  title: string;
  empty: string;
  preferenceLegend: string;
  preferredMarker: string;
  saved: string;
  noAppointment: string;
  deputyLabel: (contactFirstName: string) => string;
  absentNow: (contact: Fragment, reason: AbsenceReason | undefined, until: Fragment, deputy: Fragment) => Fragment;
  absentSoon: (contact: Fragment, from: Fragment, to: Fragment, deputy: Fragment) => Fragment;
  aftercareActive: (contactFirstName: string, daysLeft: number, until: Fragment) => Fragment;
  aftercareUpcoming: (contactFirstName: string, courseEndsOn: Fragment, until: Fragment) => Fragment;
  contactSince: (contactFirstName: string, since: Fragment) => Fragment;
  handovers: (count: number) => string;
}

/** The whole catalogue for one language. */
export interface Messages {
  /** BCP 47 tag for `Intl` and the `lang` attribute. */
  languageTag: string;
  youth: AudienceMessages;
  staff: AudienceMessages;
  loading: string;
  retry: string;
  technicalDetails: string;
  failingFields: string;
  roles: Record<ContactRole, { title: string; plainWords: string }>;
  channels: Record<ChannelKind, string>;
  channelList: (personName: string) => string;
  /** Short weekday names, Monday first (ISO weekday 1 → index 0). */
  weekdays: readonly [string, string, string, string, string, string, string];
  /** Joins two weekdays that are not next to each other: "tir og tor". */
  and: string;
  timeSeparator: string;
  noFixedHours: string;
  openNow: string;
  closedNow: string;
  noPreference: string;
  savePreference: string;
  saving: string;
  notSaved: string;
  conflict: (yourChoice: string, theirChoice: string) => string;
  /** A conflict where the server could not say what the other person chose. */
  conflictUnknown: (yourChoice: string) => string;
  reapply: (yourChoice: string) => string;
  keepTheirs: (theirChoice: string) => string;
  undoChoice: string;
  appointment: { heading: string; when: string; how: string; where: string; about: string };
  aftercare: { heading: string; ended: (until: Fragment) => Fragment };
  caseload: (courses: number) => string;
  errors: {
    network: string;
    timeout: string;
    accessDenied: string;
    notFound: string;
    server: string;
    validation: string;
    conflict: string;
    unknown: string;
  };
}
