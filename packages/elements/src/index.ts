/**
 * @packageDocumentation
 * Ungeforløb's Lit web components. Importing this module registers `<uf-provider>` and
 * `<uf-contact-card>` (the provider first, so cards find it when they upgrade).
 */
export { UfProvider } from './provider/define.js';
export { UfContactCard, type ContactCardMode } from './contact-card/define.js';
export type { ContactLoadedDetail, ContactErrorDetail, PreferredChannelChangeDetail, ContactLoadedEvent, ContactErrorEvent, PreferredChannelChangeEvent } from './contact-card/events.js';
export { StoreController, type StoreChange } from './controllers/store-controller.js';
export { clientContext, courseContext, localeContext } from './context/contexts.js';
export { tokenDefaults, type TokenName } from './styles/tokens.js';
export { describeError, pickLocale, type Locale } from './i18n/index.js';
