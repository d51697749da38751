import { createMemoryClient, danishToday, type MemoryTransport, type TransportFault, type UfClient } from '@ungeforlob/sdk';
import { buildSeed, type Seed } from '@ungeforlob/sdk/seed';

// What the widgets' stories set up the same way: a clock, an in-memory API with the seed, a fault
// for the first request, and a next step acted out once the widget has loaded.

/** Every story shows Tuesday 24 November 2026 at 10.15 in Denmark, so screenshots never drift. */
export const STORY_NOW = new Date('2026-11-24T09:15:00Z');
export const STORY_TODAY = danishToday(STORY_NOW);

export interface StageOptions<W> {
  /** Who the API answers as: the young person sees only what is theirs. */
  audience: 'staff' | 'youth';
  /** Answer the first request with this fault; Retry then succeeds. */
  fault?: TransportFault | undefined;
  timeoutMs?: number | undefined;
  /** Changes to the seed before the API starts. */
  seed?: ((seed: Seed) => Seed) | undefined;
  /** Runs once the widget has loaded, to act out what happens next. */
  afterLoad?: ((widget: W, transport: MemoryTransport) => void | Promise<void>) | undefined;
}

/** The controls every widget's story has: its language, and the level of its heading in the host page. */
export const LANGUAGE_AND_HEADING = {
  lang: { control: 'inline-radio' as const, options: ['da', 'en'] },
  headingLevel: { control: { type: 'number' as const, min: 1, max: 6 } },
};

/** A client on an in-memory API, and the listener for the widget's loaded event that acts out `afterLoad` once. */
export function memoryStage<W>(options: StageOptions<W>): { client: UfClient; transport: MemoryTransport; onLoaded: (event: Event) => void } {
  const seed = buildSeed(STORY_TODAY);
  const { client, transport } = createMemoryClient({
    seed: options.seed ? options.seed(seed) : seed,
    retries: 0,
    audience: options.audience,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (options.fault) transport.inject(options.fault, { times: 1 });
  let acted = false;
  const onLoaded = (event: Event): void => {
    if (acted || !options.afterLoad) return;
    acted = true;
    void options.afterLoad(event.target as W, transport);
  };
  return { client, transport, onLoaded };
}

/** Press the widget's button whose text is `label`, as the person in the story does. */
export function click(widget: HTMLElement, label: string): void {
  [...(widget.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === label)?.click();
}

/** Type into a field (or choose in a select) of the widget, and wait for it to render. */
export async function type(widget: HTMLElement & { updateComplete: Promise<boolean> }, selector: string, value: string): Promise<void> {
  const field = widget.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector);
  if (!field) return;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  await widget.updateComplete;
}
