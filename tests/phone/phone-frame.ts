// The page inside the phone-sized frame: it defines the widgets in its own window (a custom element
// belongs to the window that defined it) and puts one on the page as a portal would, with a client
// over the SDK's in-memory transport.
import { MemoryTransport, createClient, danishToday, type UfClient } from '@ungeforlob/sdk';
import { buildSeed } from '@ungeforlob/sdk/seed';
import '@ungeforlob/elements/contact-card';
import '@ungeforlob/elements/plan';
import '@ungeforlob/elements/progression';
import '@ungeforlob/elements/criteria-questionnaire';

export interface Mounted {
  element: HTMLElement & { updateComplete: Promise<boolean> };
  transport: MemoryTransport;
  client: UfClient;
}

function mount(tag: string, attributes: Record<string, string>): Mounted {
  const transport = new MemoryTransport({ seed: buildSeed(danishToday(new Date())) });
  const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, retries: 0 });
  const element = document.createElement(tag) as Mounted['element'];
  Object.assign(element, { client });
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.replaceChildren(element);
  return { element, transport, client };
}

declare global {
  interface Window {
    phone?: { mount: typeof mount };
  }
}

window.phone = { mount };
