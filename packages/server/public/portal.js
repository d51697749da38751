// The demo portal: signs in through the reference server's development issuer, and points every
// <uf-provider> on the page at the chosen course, as the professional of that course's team (staff
// panels) or as the young person themself (the youth panel). The choice stays in the address
// (?course=…) so a reload or a shared link shows it. Options are labelled by what the course
// shows, never by the young person's name. A real portal gets its tokens from its own sign-in.
// The language (?lang=en) switches the widgets and the page's own words in place; the progression
// panel switches between its overview and giving a reading.

const switcher = document.getElementById('course-switcher');
const staffProviders = document.querySelectorAll('uf-provider[data-signed-in="staff"]');
const youthProviders = document.querySelectorAll('uf-provider[data-signed-in="youth"]');
const knownCourses = new Set(Array.from(switcher.options, (option) => option.value));

/** Tokens by user, in memory only: never in localStorage, where other scripts could read them. */
const tokens = new Map();
const names = new Map();

async function signIn(user) {
  const response = await fetch('/demo/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ user }) });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const { access_token: token, expires_in: seconds } = await response.json();
  // Renewed a minute early, so a request never leaves with a token about to expire.
  return { token, renewAt: Date.now() + (seconds - 60) * 1000 };
}

/**
 * The `getToken` of a provider signed in as `user`: a fresh token after a 401 (`forceRefresh`).
 * One function per user, so the providers of one user share one client, and with it what its
 * widgets fetch and learn of each other's changes (the plan's last activity reaches the progression).
 */
const tokenProviders = new Map();
function tokenProvider(user) {
  if (!tokenProviders.has(user)) {
    tokenProviders.set(user, async ({ forceRefresh } = {}) => {
      let entry = tokens.get(user);
      if (forceRefresh || !entry || Date.now() >= (await entry).renewAt) {
        entry = signIn(user);
        tokens.set(user, entry);
        entry.catch(() => tokens.delete(user));
      }
      return (await entry).token;
    });
  }
  return tokenProviders.get(user);
}

async function showWho(elementId, user) {
  const target = document.getElementById(elementId);
  if (!names.has(user)) {
    names.set(
      user,
      tokenProvider(user)()
        .then((token) => fetch('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } }))
        .then((response) => (response.ok ? response.json() : null))
        .then((me) => me?.name ?? user)
        .catch(() => user),
    );
  }
  target.textContent = await names.get(user);
}

function showCourse(courseId) {
  const option = Array.from(switcher.options).find((candidate) => candidate.value === courseId);
  const { staff, youth } = option.dataset;
  // The token provider before the course, in one task: the provider makes one client for both.
  for (const provider of staffProviders) {
    provider.getToken = tokenProvider(staff);
    provider.setAttribute('course', courseId);
  }
  for (const provider of youthProviders) {
    provider.getToken = tokenProvider(youth);
    provider.setAttribute('course', courseId);
  }
  void showWho('signed-in-as', staff);
  void showWho('youth-signed-in-as', youth);
}

/** Keeps a choice in the address, so a reload or a shared link shows the same page. */
function remember(name, value) {
  const address = new URL(location.href);
  address.searchParams.set(name, value);
  history.replaceState(null, '', address);
}

const requested = new URLSearchParams(location.search).get('course');
if (requested && knownCourses.has(requested)) switcher.value = requested;
showCourse(switcher.value);

switcher.addEventListener('change', () => {
  showCourse(switcher.value);
  remember('course', switcher.value);
});

// The page's own words: Danish in the markup, English beside it in data-en (text) and
// data-en-aria-label / data-en-label (attributes). The Danish is read once, before the first switch.
const languages = new Set(['da', 'en']);
const translated = Array.from(document.querySelectorAll('[data-en], [data-en-aria-label], [data-en-label]'), (element) => ({
  element,
  da: { text: element.textContent.trim(), ariaLabel: element.getAttribute('aria-label'), label: element.getAttribute('label') },
}));

function showLanguage(language) {
  document.documentElement.lang = language;
  for (const provider of [...staffProviders, ...youthProviders]) provider.setAttribute('lang', language);
  for (const { element, da } of translated) {
    const english = language === 'en';
    if (element.dataset.en) element.textContent = english ? element.dataset.en : da.text;
    if (element.dataset.enAriaLabel) element.setAttribute('aria-label', english ? element.dataset.enAriaLabel : da.ariaLabel);
    if (element.dataset.enLabel) element.setAttribute('label', english ? element.dataset.enLabel : da.label);
  }
  for (const link of document.querySelectorAll('[data-language]')) {
    if (link.dataset.language === language) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

const requestedLanguage = new URLSearchParams(location.search).get('lang');
if (requestedLanguage && languages.has(requestedLanguage) && requestedLanguage !== 'da') showLanguage(requestedLanguage);

for (const link of document.querySelectorAll('[data-language]')) {
  link.addEventListener('click', (event) => {
    // In place, not by following the link: what is typed in a widget stays.
    event.preventDefault();
    showLanguage(link.dataset.language);
    remember('lang', link.dataset.language);
  });
}

// The progression's two modes, from the segmented control above it. Read once at start too: a
// browser may restore the chosen radio button on reload.
const staffProgression = document.querySelector('uf-provider[data-signed-in="staff"] uf-progression');
const modeChoices = document.querySelectorAll('input[name="progression-mode"]');
const showMode = () => staffProgression.setAttribute('mode', Array.from(modeChoices).find((choice) => choice.checked)?.value ?? 'overview');
showMode();
for (const choice of modeChoices) choice.addEventListener('change', showMode);

// Staff pick from the municipality's offer catalogue when they add an effort to a plan.
fetch('/demo/offers.json')
  .then((response) => (response.ok ? response.json() : []))
  .then((offers) => {
    for (const plan of document.querySelectorAll('uf-plan[mode="staff"]')) plan.offers = offers;
  })
  .catch(() => {});

// Tell a developer why the cards stay empty, instead of a silent blank page.
fetch('/cdn/ungeforlob.min.js', { method: 'HEAD' }).then((response) => {
  if (response.status === 503) document.getElementById('bundle-missing').hidden = false;
});
