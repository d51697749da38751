import { createContext } from '@lit/context';
import type { UfClient } from '@ungeforlob/sdk';
import type { Locale } from '../i18n/index.js';

// Symbol.for keys: two copies of the elements bundle on one page still find each other's provider.

/** The API client every widget below a `<uf-provider>` uses. */
export const clientContext = createContext<UfClient | undefined>(Symbol.for('ungeforlob.client'));

/** The provider's language; a widget's own `lang` attribute wins over it. */
export const localeContext = createContext<Locale | undefined>(Symbol.for('ungeforlob.locale'));

/** The course (forløb) the widgets show; a widget's own `course` attribute wins over it. */
export const courseContext = createContext<string | undefined>(Symbol.for('ungeforlob.course'));
