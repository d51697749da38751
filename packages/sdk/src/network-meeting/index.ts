// The network meetings' headless parts beyond their client: the rules every implementation applies, and the agenda.
export {
  meetingOf,
  meetingSays,
  handoverToApply,
  contactAfterHandover,
  latestMeetingFirst,
  previousMeeting,
  meetingsForYouth,
  meetingAgenda,
  decisionPlanEdit,
  type AgendaEntry,
} from './meeting-rules.js';
export {
  DECISION_NEW_EFFORT,
  decisionOwners,
  handoverCandidates,
  meetingEditOf,
  meetingFormProblems,
  meetingUnits,
  openMeetingForm,
  plannedMeeting,
  responsibleKey,
  type MeetingForm,
  type MeetingFormChoices,
  type MeetingFormKind,
} from './meeting-drafts.js';
export { applyMeetingEdit, inputOf, nextMeeting, newMeetingItemId, type MeetingEdit } from './meeting-edits.js';
export { MeetingsStore, type MeetingsState, type MeetingsStoreOptions, type MeetingWrite, type MeetingAction, type AgreeOutcome } from './meetings-store.js';
