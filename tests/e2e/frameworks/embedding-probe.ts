/** What the framework apps report to the test: how many times the card said it loaded, and for which person. */
export function recordLoaded(event: Event): void {
  const detail = (event as CustomEvent<{ contact: { person: { name: string } } | null }>).detail;
  const loaded = ((window as unknown as { __loaded?: string[] }).__loaded ??= []);
  loaded.push(detail.contact?.person.name ?? '(none)');
}
