import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store, UfClient } from '@ungeforlob/sdk';
import { clientContext, courseContext, localeContext } from '../context/contexts.js';
import type { Locale } from '../i18n/messages.js';
import { StoreController, type StoreChange } from './store-controller.js';

/** A widget that shows one course: its own `client`, `course` and `now` win over the provider's. */
export interface CourseWidget extends ReactiveControllerHost, HTMLElement {
  client: UfClient | undefined;
  course: string | undefined;
  now: Date | undefined;
}

/** What an SDK store for one course offers (ContactStore, PlanStore…). */
export interface CourseStore<S> extends Store<S> {
  load(): Promise<void>;
  /** Re-derive time-dependent facts; stores without any leave it out. */
  refreshFacts?(): void;
  dispose(): void;
}

export interface CourseStoreOptions<S, T extends CourseStore<S>> {
  /** Makes the store for a client and course (or {@link subject}); `now` is the widget's clock. */
  create: (client: UfClient, courseId: string, now: () => Date) => T;
  /**
   * What the store is about when it is not simply the course (an offer, say), from the provider's
   * course; a new value makes a new store. Default: the widget's `course`, else the provider's.
   */
  subject?: (providedCourse: string | undefined) => string | undefined;
  /** After every change of the store's state (to turn transitions into events). */
  onChange?: StoreChange<S>;
  /** The widget now shows another course or client: drop what was typed for the old one. */
  onReplace?: () => void;
}

/**
 * Everything a course widget does the same way: reads client, course and language from a
 * surrounding `<uf-provider>` (its own properties win), makes one SDK store per client and course
 * and loads it, re-derives time-dependent facts when `now` changes, and releases the store when
 * the widget is really removed — not when a framework moves it, which re-attaches it at once, so
 * drafts and typed text survive.
 */
export class CourseStoreController<S, T extends CourseStore<S>> implements ReactiveController {
  private readonly providedClient: ContextConsumer<typeof clientContext, CourseWidget>;
  private readonly providedCourse: ContextConsumer<typeof courseContext, CourseWidget>;
  private readonly providedLocale: ContextConsumer<typeof localeContext, CourseWidget>;
  private readonly subscription: StoreController<S, T>;
  private key: { client: UfClient; courseId: string } | undefined;
  private lastNow: Date | undefined;

  constructor(
    private readonly host: CourseWidget,
    private readonly options: CourseStoreOptions<S, T>,
  ) {
    this.providedClient = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.providedCourse = new ContextConsumer(host, { context: courseContext, subscribe: true });
    this.providedLocale = new ContextConsumer(host, { context: localeContext, subscribe: true });
    this.subscription = new StoreController<S, T>(host, options.onChange);
    host.addController(this);
  }

  get store(): T | undefined {
    return this.subscription.store;
  }

  /** The store's current state; undefined while there is no store. */
  get state(): S | undefined {
    return this.subscription.state;
  }

  /** The client the widget uses: its own `client`, else the provider's. */
  get client(): UfClient | undefined {
    return this.host.client ?? this.providedClient.value;
  }

  /** The course the widget is about: its own `course`, else the provider's. */
  get courseId(): string | undefined {
    return this.host.course || this.providedCourse.value;
  }

  /** The provider's language, if any; the widget's own `lang` wins (see pickLocale). */
  get providerLocale(): Locale | undefined {
    return this.providedLocale.value;
  }

  hostConnected(): void {
    // Re-attached (tabs, keep-alive): make the store again even when no provider answers to wake us.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    queueMicrotask(() => {
      if (this.host.isConnected) return;
      this.store?.dispose();
      this.subscription.store = undefined;
      this.key = undefined;
    });
  }

  hostUpdate(): void {
    const client = this.client;
    const courseId = this.options.subject ? this.options.subject(this.providedCourse.value) : this.courseId;
    if (client !== this.key?.client || courseId !== this.key?.courseId) this.replace(client, courseId);
    else if (this.host.now !== this.lastNow) this.store?.refreshFacts?.();
    this.lastNow = this.host.now;
  }

  private replace(client: UfClient | undefined, courseId: string | undefined): void {
    this.store?.dispose();
    this.options.onReplace?.();
    if (!client || !courseId || !this.host.isConnected) {
      this.subscription.store = undefined;
      this.key = undefined;
      return;
    }
    const store = this.options.create(client, courseId, () => this.host.now ?? new Date());
    this.key = { client, courseId };
    this.subscription.store = store;
    void store.load();
  }
}
