import { LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { UfClient } from '@ungeforlob/sdk';
import type { CourseWidget } from '../controllers/course-store-controller.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import { heading } from '../directives/heading.js';
import type { UfEventDetail, UfEventName } from '../events/events.js';
import type { Messages } from '../i18n/index.js';

/** `framed`: the widget draws its own bordered surface. `plain`: the host's panel is the frame. */
export type WidgetAppearance = 'framed' | 'plain';

/**
 * What every course widget is the same way (after Shoelace's `ShoelaceElement`): the properties a
 * portal sets on each of them, declared once; the language; typed public events; headings that fit
 * the page's outline. One class and no mixins: behaviour that differs lives in controllers.
 */
export abstract class UfElement extends LitElement implements CourseWidget {
  static override properties: PropertyDeclarations = {
    course: {},
    lang: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    appearance: { reflect: true },
    now: { attribute: false },
    client: { attribute: false },
  };

  /** The course id; overrides the provider's. */
  declare course: string | undefined;

  /** `da` or `en`; overrides the provider's. Default Danish. */
  declare lang: string;

  /** Level of the widget's heading (1–6, default 2); its sections use the next levels. */
  declare headingLevel: number;

  /**
   * `framed` (default): the widget has its own border, background and padding. `plain`: none of
   * them, for a widget placed inside a panel or card of the host page, where a second frame would
   * draw a heavy double border. Reflected, so host CSS can select `[appearance='plain']` too.
   */
  declare appearance: WidgetAppearance;

  /** The clock, for stories and tests; by default the real time. */
  declare now: Date | undefined;

  /** A client to use instead of the provider's (frameworks without a provider). */
  declare client: UfClient | undefined;

  /** The language (own `lang`, then the provider's, then Danish) and its catalogue. */
  protected readonly localize = new LocalizeController(this);

  constructor() {
    super();
    // Defaults here, not as class fields: native class fields would shadow Lit's accessors
    // whenever a tool compiles with define semantics (esbuild and Vite may ignore the tsconfig).
    this.headingLevel = 2;
    this.appearance = 'framed';
  }

  /** The catalogue in the widget's language. */
  get messages(): Messages {
    return this.localize.messages;
  }

  /**
   * Fires a public event. Every one bubbles and crosses shadow roots, so one listener on the page
   * hears every widget; the name and detail are checked against GlobalEventHandlersEventMap.
   */
  emit<K extends UfEventName>(name: K, detail: UfEventDetail<K>, options: { cancelable?: boolean } = {}): CustomEvent<UfEventDetail<K>> {
    const event = new CustomEvent<UfEventDetail<K>>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.dispatchEvent(event);
    return event;
  }

  /** A heading `depth` levels below the widget's own, so the widget fits any page outline. */
  heading(depth: number, id: string, text: string, part?: string, focusable = depth === 0): TemplateResult {
    return heading(this.headingLevel, depth, id, text, part, focusable);
  }

  /** Loads again after a failure; with `focusTitle`, keyboard and screen-reader users stay in the widget when the Retry button goes. */
  protected async retryLoad(store: { load(): Promise<void> } | undefined, focusTitle: boolean): Promise<void> {
    const loading = store?.load();
    if (focusTitle) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    }
    await loading;
  }
}
