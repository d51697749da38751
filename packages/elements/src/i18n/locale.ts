import { defineCopy, loadAllCopy, type Rerenderable } from './copy.js';
import { da } from './messages.da.js';
import type { Locale, Messages } from './messages.js';

export type { Rerenderable } from './copy.js';

/** `'en-GB'` → `'en'`; anything we do not speak → undefined, so the next candidate is tried. */
export function toLocale(lang: string | null | undefined): Locale | undefined {
  const language = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'da' || language === 'en' ? language : undefined;
}

/** The element's own `lang` wins, then the provider's, then Danish. */
export function pickLocale(elementLang: string | null | undefined, providerLocale: Locale | undefined): Locale {
  return toLocale(elementLang) ?? providerLocale ?? 'da';
}

/** The shared catalogue: what every widget says alike (errors, retry), and the copy of the first five widgets. */
const shared = defineCopy<Messages>(da, () => import('./messages.en.js').then((module) => module.en));

/** Fetch the shared catalogue (and every widget's own) for `locale` now, so widgets have it by the time their data arrives. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return loadAllCopy(locale).then(() => shared.load(locale));
}

/** The shared catalogue for `locale`: Danish until English has arrived, and then `host` renders again. */
export function messagesFor(locale: Locale, host?: Rerenderable): Messages {
  return shared.for(locale, host);
}
