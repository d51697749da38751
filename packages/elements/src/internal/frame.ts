import { html, nothing, type TemplateResult } from 'lit';
import type { LoadStatus } from '@ungeforlob/sdk';
import { canRetry, describeError, type Audience, type Messages } from '../i18n/index.js';

/** What a widget shows in each state of loading (after `@lit/task`'s `render({ pending, complete, error })`). */
export interface StatusBranches {
  /** No store yet (no client or course), or not started. Default: nothing. */
  initial?: () => unknown;
  /** The widget's skeleton, in `placeholder()`: about the size the content will have, so the page does not jump. */
  loading: () => unknown;
  /** The course has none yet. Default: the `ready` branch. */
  empty?: () => unknown;
  error: () => unknown;
  ready: () => unknown;
}

export interface FrameOptions {
  /** `article` for the widgets a person works in, `section` for the views they read. */
  element: 'article' | 'section';
  /** The class of the outer element (`card`, `plan`…), which its styles use. */
  className: string;
  /** The language tag of the text inside. */
  lang: string;
  /** The widget's own heading, with the id `title` that labels the frame. */
  heading: TemplateResult;
  /** The polite live region's words (loading, saving, saved) and its part, if it has one. */
  status: string;
  statusPart?: string;
  /** `aria-busy` on the body: true while loading. */
  busy: boolean;
  body: unknown;
}

/** Every widget's outside, the same: the frame labelled by its heading, one polite live region, and the body. */
export function frame(options: FrameOptions): TemplateResult {
  const inside = html`
    ${options.heading}
    <p part=${options.statusPart ?? nothing} class="status" role="status">${options.status}</p>
    <div class="body" aria-busy=${options.busy ? 'true' : 'false'}>${options.body}</div>
  `;
  return options.element === 'article'
    ? html`<article part="base" class=${options.className} lang=${options.lang} aria-labelledby="title">${inside}</article>`
    : html`<section part="base" class=${options.className} lang=${options.lang} aria-labelledby="title">${inside}</section>`;
}

/**
 * Whether the widget shows its skeleton and is `aria-busy`: while loading, and also before it has a
 * course and a client to load with (a framework sets them a moment after the tag appears, and a
 * page may paint in between), so nothing moves when they come. The live region says "Henter …"
 * only while a load is under way: before that there is nothing to announce.
 */
export function waitingForContent(status: LoadStatus | undefined): boolean {
  return status === undefined || status === 'idle' || status === 'loading';
}

/** The branch for a store's load status. */
export function statusBranch(status: LoadStatus | undefined, branches: StatusBranches): unknown {
  switch (status) {
    case 'loading':
      return branches.loading();
    case 'empty':
      return branches.empty ? branches.empty() : branches.ready();
    case 'error':
      return branches.error();
    case 'ready':
      return branches.ready();
    default:
      return branches.initial ? branches.initial() : nothing;
  }
}

/**
 * Where content will be while it loads: the widget's skeleton (`shape`, built from
 * styles/skeleton.ts, about the size the content will have, so the page does not jump when it
 * arrives). Hidden from screen readers, which hear the live region instead.
 */
export function placeholder(shape: TemplateResult): TemplateResult {
  return html`<div class="skeleton" aria-hidden="true">${shape}</div>`;
}

/** What to show when the course has none yet: the host's `empty` slot, else `text`. */
export function emptySlot(text: string): TemplateResult {
  return html`<div class="empty"><slot name="empty"><p>${text}</p></slot></div>`;
}

/**
 * Loading failed: the one sentence for the error's kind and its reader, any `details` (the failing
 * fields, for staff), and Retry where trying again can help (not after a 403 or 404: the same
 * request gets the same answer, and a button that never helps only misleads).
 */
export function errorPanel(
  error: Error | null,
  messages: Messages,
  retry: () => void,
  details: unknown = nothing,
  audience: Audience = 'youth',
): TemplateResult {
  return html`
    <div part="error" class="error">
      <p role="alert">${describeError(error, messages, audience)}</p>
      ${details}
      ${canRetry(error) ? html`<button part="button retry-button" class="primary" type="button" @click=${retry}>${messages.retry}</button>` : nothing}
    </div>
  `;
}
