import { da } from './messages.da.js';
import type { Locale, Messages } from './messages.js';

/** `'en-GB'` → `'en'`; anything we do not speak → undefined, so the next candidate is tried. */
export function toLocale(lang: string | null | undefined): Locale | undefined {
  const language = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'da' || language === 'en' ? language : undefined;
}

/** The element's own `lang` wins, then the provider's, then Danish. */
export function pickLocale(elementLang: string | null | undefined, providerLocale: Locale | undefined): Locale {
  return toLocale(elementLang) ?? providerLocale ?? 'da';
}

/** Something that can render again once a catalogue has arrived: a Lit element. */
export interface Rerenderable {
  requestUpdate(): void;
}

// Danish is the default and is in the bundle. English is a file of its own beside it, fetched the
// first time a widget or provider asks for it: most pages never do, and it saves them about 3 KB
// gzipped of the size budget (issue #2). Same origin, a plain module: nothing the CSP must allow.
let english: Messages | undefined;
let englishLoading: Promise<Messages> | undefined;
const waitingForEnglish = new Set<Rerenderable>();

/** Fetch a catalogue now (the provider does when its `lang` is English), so widgets have it by the time their data arrives. */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'da') return Promise.resolve(da);
  if (english) return Promise.resolve(english);
  englishLoading ??= import('./messages.en.js').then(
    (module) => {
      english = module.en;
      for (const host of waitingForEnglish) host.requestUpdate();
      waitingForEnglish.clear();
      return module.en;
    },
    (error: unknown) => {
      // Offline or blocked: Danish stays, and the next render tries again.
      englishLoading = undefined;
      throw error;
    },
  );
  return englishLoading;
}

/**
 * The catalogue for `locale`. Until English has arrived this is Danish, and `host` is asked to
 * render again when it does, so a widget never waits for its copy before showing anything.
 */
export function messagesFor(locale: Locale, host?: Rerenderable): Messages {
  if (locale === 'da') return da;
  if (english) return english;
  if (host) waitingForEnglish.add(host);
  loadMessages('en').catch(() => undefined);
  return da;
}
