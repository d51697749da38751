/**
 * @packageDocumentation
 * The CDN's one script tag (`ungeforlob.min.js`). It defines each `uf-*` tag the first time one
 * appears, by importing that widget's chunk, so a page pays only for the widgets it shows. It looks
 * in the document when it runs, in whatever a host adds later, and in the shadow roots of the
 * widgets it defines. A host that puts widgets inside its own shadow roots calls {@link discover}
 * with that root, as the loader cannot see into them.
 */

// Each import() becomes a chunk of its own over shared chunks (Lit, the SDK, styles, copy). Every
// widget chunk registers <uf-provider> before itself (see the widgets' define.ts), so a widget that
// upgrades always finds its provider, whichever chunk arrives first.
const chunks: Record<string, () => Promise<unknown>> = {
  'uf-provider': () => import('../provider/define.js'),
  'uf-contact-card': () => import('../contact-card/define.js'),
  'uf-plan': () => import('../plan/define.js'),
  'uf-criteria-questionnaire': () => import('../criteria-questionnaire/define.js'),
  'uf-criteria-summary': () => import('../criteria-questionnaire/define.js'),
  'uf-progression': () => import('../progression/define.js'),
  'uf-offer-catalogue': () => import('../offer-catalogue/define.js'),
  'uf-criteria-rollup': () => import('../criteria-rollup/define.js'),
  'uf-needs-bank': () => import('../needs-bank/define.js'),
  'uf-contact-log': () => import('../contact-log/define.js'),
  'uf-network-meeting': () => import('../network-meeting/define.js'),
};

const selector = Object.keys(chunks).join(',');
const watched = new WeakSet<Node>();
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) quietly(discover(node));
});

/**
 * Define every Ungeforløb tag in `root` and below, and keep watching `root` (and the widgets'
 * shadow roots) for tags added later. Resolves when those tags are defined; rejects if a chunk
 * cannot be loaded, which is also logged to the console.
 */
export function discover(root: Document | ShadowRoot | Element): Promise<void> {
  if (!(root instanceof Element)) watch(root);
  const found = [...(root instanceof Element && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
  return Promise.all(
    found.map((element) =>
      define(element.localName).then(() => {
        // Upgraded now: a widget's shadow root may one day hold other uf-* tags.
        if (element.shadowRoot) return discover(element.shadowRoot);
      }),
    ),
  ).then(() => undefined);
}

function watch(root: Document | ShadowRoot): void {
  if (watched.has(root)) return;
  watched.add(root);
  observer.observe(root, { childList: true, subtree: true });
}

const defining = new Map<string, Promise<unknown>>();

function define(tag: string): Promise<unknown> {
  let pending = defining.get(tag);
  if (!pending) {
    pending = chunks[tag]!().catch((error: unknown) => {
      // Forget the failure so a later discover() tries again (a flaky network, a deploy mid-load).
      defining.delete(tag);
      console.error(`Ungeforløb could not load <${tag}>`, error);
      throw error;
    });
    defining.set(tag, pending);
  }
  return pending;
}

// define() has logged a failure already; the page itself has nobody to tell.
function quietly(loading: Promise<void>): void {
  loading.catch(() => undefined);
}

quietly(discover(document));
