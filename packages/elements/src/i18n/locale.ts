import { da } from './messages.da.js';
import { en } from './messages.en.js';
import type { Locale, Messages } from './messages.js';

const catalogues: Record<Locale, Messages> = { da, en };

/** `'en-GB'` → `'en'`; anything we do not speak → undefined, so the next candidate is tried. */
export function toLocale(lang: string | null | undefined): Locale | undefined {
  const language = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'da' || language === 'en' ? language : undefined;
}

/** The element's own `lang` wins, then the provider's, then Danish. */
export function pickLocale(elementLang: string | null | undefined, providerLocale: Locale | undefined): Locale {
  return toLocale(elementLang) ?? providerLocale ?? 'da';
}

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
