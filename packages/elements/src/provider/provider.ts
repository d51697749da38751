import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { createClient, type TokenProvider, type UfClient } from '@ungeforlob/sdk';
import { clientContext, courseContext, localeContext } from '../context/contexts.js';
import { loadMessages, toLocale } from '../i18n/index.js';

/**
 * @summary Gives every Ungeforløb widget inside it the API client, the language and the course,
 * so a portal configures them once.
 *
 * @slot - The widgets (and any other markup). The provider itself draws nothing (`display: contents`).
 *
 * @example Plain HTML
 * ```html
 * <uf-provider api-base="/api/v1" course="c-4f2a91" lang="da">
 *   <uf-contact-card></uf-contact-card>
 * </uf-provider>
 * ```
 *
 * @example Frameworks: pass a ready client or a token function as properties
 * ```js
 * provider.getToken = () => session.accessToken;
 * ```
 */
export class UfProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    course: {},
    lang: {},
    client: { attribute: false },
    getToken: { attribute: false },
  };

  /**
   * Where the API lives, e.g. `/api/v1`. Used to create a client when no `client` property is set;
   * providers with the same `api-base` and the same `getToken` function share one client, so
   * their widgets share what they fetch (see `cacheOf` in the SDK).
   */
  declare apiBase: string | undefined;

  /** The course id (forløb) the widgets show. */
  declare course: string | undefined;

  /** `da` (default) or `en`; a widget's own `lang` attribute wins. */
  declare lang: string;

  /** A ready client (frameworks, tests, the memory transport); wins over `api-base`. */
  declare client: UfClient | undefined;

  /**
   * Returns a bearer token for each request; asked again with `forceRefresh` after a 401. One
   * function stands for one signed-in user: providers given the same function share a client and
   * its cache. When another person signs in, give a new function.
   */
  declare getToken: TokenProvider | undefined;

  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly courseProvider = new ContextProvider(this, { context: courseContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('apiBase') || changed.has('getToken')) {
      this.clientProvider.setValue(this.client ?? this.createOwnClient());
    }
    if (changed.has('lang')) {
      const locale = toLocale(this.lang);
      this.localeProvider.setValue(locale);
      // Fetch the catalogue while the widgets fetch their data: both are needed for the first real render.
      if (locale) loadMessages(locale).catch(() => undefined);
    }
    if (changed.has('course')) this.courseProvider.setValue(this.course || undefined);
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  private createOwnClient(): UfClient | undefined {
    if (!this.apiBase) return undefined;
    return sharedClient(this.apiBase, this.getToken);
  }
}

const clientsByToken = new WeakMap<TokenProvider, Map<string, UfClient>>();

/**
 * One client per API and token function: providers signed in as the same user (the same
 * `getToken`) share it, and with it the SDK's cache (`cacheOf(client)`), so their widgets make one
 * request for one resource and learn of each other's writes. Another user's token function gets a
 * client, and a cache, of its own; so does every provider without one.
 */
function sharedClient(apiBase: string, getToken: TokenProvider | undefined): UfClient {
  if (!getToken) return createClient({ baseUrl: apiBase });
  let clients = clientsByToken.get(getToken);
  if (!clients) {
    clients = new Map<string, UfClient>();
    clientsByToken.set(getToken, clients);
  }
  let client = clients.get(apiBase);
  if (!client) {
    client = createClient({ baseUrl: apiBase, getToken });
    clients.set(apiBase, client);
  }
  return client;
}
