import type { TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import type { PlanAudienceMessages, PlanMessages } from '../i18n/messages.js';

// In a file of its own so the views (staff, youth, shared, forms) can name what they need from the
// element without importing plan.ts, which imports them.

/** What the sections need from the element: copy, headings, dates. */
export interface PlanRenderer {
  readonly messages: Messages;
  readonly copy: PlanMessages;
  readonly audience: PlanAudienceMessages;
  /** `focusable` headings (the plan's own, and forms') take focus when the widget moves it there. */
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
  date(date: string): TemplateResult;
  /** A timestamp shown as its Danish calendar date, with the instant in `datetime`. */
  dateOf(instant: string): TemplateResult;
  /**
   * What the server said about the control with this id when it refused the last save (a 400
   * naming the field), in the words for the reader; undefined once the user has changed the field,
   * or when nothing was refused there.
   */
  refusedAt(control: string): string | undefined;
}
