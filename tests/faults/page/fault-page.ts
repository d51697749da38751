// The page the fault suite drives: one widget under one <uf-provider>, with a client whose
// timeout (`TIMEOUT_MS` in fault-rig.ts) is short enough that "a delay past the timeout" costs two
// seconds, not the default ten. The provider has no attribute for it; its `client` property does.
// Built from the packages' sources by esbuild and served by the fault proxy on the API's own
// origin; the suite calls `__faultMount` for each combination.
import '@ungeforlob/elements';
import { createClient, type TokenProvider } from '@ungeforlob/sdk';

interface RecordedError {
  operation: string;
  kind: string;
  route: string;
  status?: number;
}

const probe = { errors: [] as RecordedError[] };
(window as unknown as { __faultProbe: typeof probe }).__faultProbe = probe;
document.addEventListener('uf-error', (event) => {
  const { error, operation } = (event as CustomEvent<{ error: { kind?: string; route?: string; status?: number }; operation: string }>).detail;
  probe.errors.push({ operation, kind: error.kind ?? 'unknown', route: error.route ?? '', ...(error.status === undefined ? {} : { status: error.status }) });
});

/**
 * The one place a token comes from: the demo server's dev-only sign-in, as the demo page signs
 * in. Without it (a server from before sign-in answers 404), calls go anonymously.
 */
async function fetchToken(user: string): Promise<string | null> {
  const response = await fetch('/demo/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  if (response.status === 404 || response.status === 405) return null;
  if (!response.ok) throw new Error(`Sign-in for the fault suite failed with ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

function tokenProvider(user: string): TokenProvider {
  let token: Promise<string | null> | undefined;
  return ({ forceRefresh }) => {
    if (!token || forceRefresh) token = fetchToken(user);
    return token;
  };
}

/** What the suite shows: one widget, as `WidgetPage` in fault-rig.ts describes it. */
interface Mount {
  tag: string;
  course: string;
  user: string;
  timeoutMs: number;
  attributes: Record<string, string>;
}

/**
 * Replaces whatever was shown with a new provider, client and widget: the old widget's store is
 * disposed, so nothing of one combination reaches the next, without the cost of a new page.
 */
function mount({ tag, course, user, timeoutMs, attributes }: Mount): void {
  probe.errors.length = 0;
  const main = document.querySelector('main')!;
  main.replaceChildren();
  const provider = document.createElement('uf-provider');
  provider.setAttribute('lang', 'da');
  provider.setAttribute('course', course);
  provider.client = createClient({ baseUrl: '/api/v1', timeoutMs, getToken: tokenProvider(user) });
  const widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  provider.append(widget);
  main.append(provider);
}

(window as unknown as { __faultMount: typeof mount }).__faultMount = mount;
