import type { Locale } from './messages.js';

/** Something that can render again once a catalogue has arrived: a Lit element. */
export interface Rerenderable {
  requestUpdate(): void;
}

/**
 * Copy in both languages: Danish in the bundle, English a file of its own beside it, fetched the
 * first time something asks for it. Most pages never do, and each catalogue saves them its English
 * (about 3 KB gzipped for the shared one, issue #2). Same origin, a plain module: nothing the CSP
 * must allow. The shared catalogue is one; a widget may bring its own (`defineCopy` beside it), so
 * adding a widget does not edit the shared files.
 */
export interface Copy<Text> {
  /** Fetch the catalogue for `locale` now (the provider does when its `lang` is English), so widgets have it by the time their data arrives. */
  load(locale: Locale): Promise<Text>;
  /**
   * The copy for `locale`. Until English has arrived this is Danish, and `host` is asked to render
   * again when it does, so a widget never waits for its copy before showing anything.
   */
  for(locale: Locale, host?: Rerenderable): Text;
}

// A closure rather than a class: the bundle's minifier shortens local names, not property names.
function copyOf<Text>(danish: Text, loadEnglish: () => Promise<Text>): Copy<Text> {
  let english: Text | undefined;
  let englishLoading: Promise<Text> | undefined;
  const waitingForEnglish = new Set<Rerenderable>();
  const load = (locale: Locale): Promise<Text> => {
    if (locale === 'da') return Promise.resolve(danish);
    if (english) return Promise.resolve(english);
    englishLoading ??= loadEnglish().then(
      (arrived) => {
        english = arrived;
        for (const host of waitingForEnglish) host.requestUpdate();
        waitingForEnglish.clear();
        return arrived;
      },
      (error: unknown) => {
        // Offline or blocked: Danish stays, and the next render tries again.
        englishLoading = undefined;
        throw error;
      },
    );
    return englishLoading;
  };
  return {
    load,
    for(locale, host) {
      if (locale === 'da') return danish;
      if (english) return english;
      if (host) waitingForEnglish.add(host);
      load('en').catch(() => undefined);
      return danish;
    },
  };
}

const catalogues = new Set<Copy<unknown>>();

/**
 * A catalogue of copy, known to the provider so it can fetch every catalogue's English at once.
 *
 * @example
 * export const contactLogCopy = defineCopy(da, () => import('./contact-log.copy.en.js').then((module) => module.en));
 */
export function defineCopy<Text>(danish: Text, loadEnglish: () => Promise<Text>): Copy<Text> {
  const copy = copyOf(danish, loadEnglish);
  catalogues.add(copy);
  return copy;
}

/** Fetch every known catalogue for `locale`. */
export function loadAllCopy(locale: Locale): Promise<unknown> {
  return Promise.all([...catalogues].map((copy) => copy.load(locale)));
}
