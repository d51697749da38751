// Every public event's types in one place (after Shoelace's src/events/events.ts). Importing a
// file below also adds its event to GlobalEventHandlersEventMap, so `addEventListener` is typed.
export type * from './uf-error.js';
export type * from './uf-contact-loaded.js';
export type * from './uf-before-preferred-channel-change.js';
export type * from './uf-preferred-channel-change.js';
export type * from './uf-plan-loaded.js';
export type * from './uf-before-plan-save.js';
export type * from './uf-plan-saved.js';
export type * from './uf-questionnaire-loaded.js';
export type * from './uf-questionnaire-submitted.js';
export type * from './uf-progression-loaded.js';
export type * from './uf-offers-loaded.js';
export type * from './uf-offer-add-to-plan.js';
export type * from './uf-needs-loaded.js';
export type * from './uf-contact-log-loaded.js';
export type * from './uf-contact-logged.js';
export type * from './uf-meetings-loaded.js';
export type * from './uf-meeting-saved.js';
export type * from './uf-decision-agreed.js';

/** Every public event's name: the `uf-` entries of the global event map. */
export type UfEventName = Extract<keyof GlobalEventHandlersEventMap, `uf-${string}`>;

/** The `detail` of a public event, by name. */
export type UfEventDetail<K extends UfEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;
