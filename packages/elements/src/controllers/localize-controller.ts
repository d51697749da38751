import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { localized, type LocalizedText } from '@ungeforlob/sdk';
import { localeContext } from '../context/contexts.js';
import { messagesFor, pickLocale, type Copy, type Locale, type Messages } from '../i18n/index.js';

/** An element with a `lang` of its own (which wins over the provider's). */
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
}

/**
 * One per widget (after Shoelace's `LocalizeController(this)`): resolves the language — the
 * element's own `lang`, then the surrounding provider's, then Danish — and renders the host again
 * when the provider's language changes or the English catalogue arrives.
 */
export class LocalizeController {
  private readonly provided: ContextConsumer<typeof localeContext, LocalizedHost>;

  constructor(private readonly host: LocalizedHost) {
    // The consumer is the controller's only lifecycle: it renders the host when the provider's language changes.
    this.provided = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  get locale(): Locale {
    return pickLocale(this.host.lang, this.provided.value);
  }

  /** The catalogue; Danish until English has arrived, and then the host renders again. */
  get messages(): Messages {
    return messagesFor(this.locale, this.host);
  }

  /** A widget's own catalogue (see `defineCopy`) in the widget's language; Danish until English has arrived, and then the host renders again. */
  copy<Text>(catalogue: Copy<Text>): Text {
    return catalogue.for(this.locale, this.host);
  }

  /** Text from server data (a questionnaire or scale definition) in the widget's language. */
  text(value: LocalizedText): string {
    return localized(value, this.locale);
  }
}
