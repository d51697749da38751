// The network meeting's events. Each file in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfDecisionAgreedDetail, UfDecisionAgreedEvent } from '../events/uf-decision-agreed.js';
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfMeetingSavedDetail, UfMeetingSavedEvent } from '../events/uf-meeting-saved.js';
import type { UfMeetingsLoadedDetail, UfMeetingsLoadedEvent } from '../events/uf-meetings-loaded.js';

export type MeetingsLoadedDetail = UfMeetingsLoadedDetail;
export type MeetingSavedDetail = UfMeetingSavedDetail;
export type DecisionAgreedDetail = UfDecisionAgreedDetail;
/** `uf-error` from the network meeting: loading failed (`load`), or saving the meeting, or the plan while agreeing a decision, did (`save`). */
export type NetworkMeetingErrorDetail = UfErrorDetail<'load' | 'save'>;

export type MeetingsLoadedEvent = UfMeetingsLoadedEvent;
export type MeetingSavedEvent = UfMeetingSavedEvent;
export type DecisionAgreedEvent = UfDecisionAgreedEvent;
export type NetworkMeetingErrorEvent = UfErrorEvent;
