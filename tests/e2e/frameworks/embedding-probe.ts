/** What the framework apps report to the test: how many times the card said it loaded, and for which person. */
export function recordLoaded(event: Event): void {
  const detail = (event as CustomEvent<{ contact: { person: { name: string } } | null }>).detail;
  const loaded = ((window as unknown as { __loaded?: string[] }).__loaded ??= []);
  loaded.push(detail.contact?.person.name ?? '(none)');
}

/**
 * The portal's own sign-in, as a vendor wires it: the portal's backend hands its page a token for
 * the API (here `/token` on the portal's origin), and the client asks again after a 401.
 */
export async function portalToken(): Promise<string> {
  const response = await fetch('/token', { method: 'POST' });
  if (!response.ok) throw new Error(`portal sign-in failed: ${response.status}`);
  return response.text();
}
