import type { nothing, TemplateResult } from 'lit';
import type { DecisionFollowUp, Id } from '@ungeforlob/sdk';
import type { Messages, PlanMessages } from '../i18n/messages.js';
import type { MeetingForm, MeetingFormKind } from '@ungeforlob/sdk';
import type { NetworkMeetingCopy } from './network-meeting.copy.types.js';

/** What the meeting's views need of the widget: its copy, the open form, and its actions. */
export interface MeetingViewHost {
  readonly copy: NetworkMeetingCopy;
  /** The plan's copy, for the plan's warnings on the agenda. */
  readonly planCopy: PlanMessages;
  readonly messages: Messages;
  readonly form: MeetingForm | null;
  /** The open form's problems by field id, in words: set once the user has tried to send it. */
  readonly problems: Readonly<Record<string, string>>;
  /** A write of the meeting is on its way. */
  readonly saving: boolean;
  /** A decision is being agreed (the meeting, then the plan). */
  readonly agreeing: Id | null;
  /** The meeting before the focused one has a coordinator to invite again. */
  readonly previousHasCoordinator: boolean;
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
  changed(): void;
  /** Open a form; `opener` is the selector focus returns to when it closes. */
  open(kind: MeetingFormKind, opener: string): void;
  cancelForm(): void;
  submit(): Promise<void>;
  show(meetingId: Id): void;
  /** Load the plan again after it could not be read. */
  reloadPlan(): void;
  markHeld(): void;
  followUp(meetingId: Id, decisionId: Id, followUp: DecisionFollowUp): void;
  removeParticipant(participantId: Id): void;
  removeDecision(decisionId: Id): void;
  agree(decisionId: Id): Promise<void>;
  /** Why agreeing this decision did not put it in the plan, with what to do. */
  agreeProblem(decisionId: Id): TemplateResult | typeof nothing;
  /** Why the latest write failed: inside the open form (`inForm`), or under the meeting's heading. */
  writeProblem(inForm: boolean): TemplateResult | typeof nothing;
}
