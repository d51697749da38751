// The demo portal: signs in (portal-sign-in.js) and points every <uf-provider> on the page at the
// chosen course. With the development issuer it shows the course as the professional of that
// course's team (staff panels) and as the young person themself (the youth panel); signed in at the
// identity provider, it shows what that one person sees. The choice stays in the address
// (?course=…) so a reload or a shared link shows it. Options are labelled by what the course
// shows, never by the young person's name. The language (?lang=en) switches the widgets and the
// page's own words in place; the progression panel switches between its overview and giving a reading.

import { startSignIn } from './portal-sign-in.js';

const switcher = document.getElementById('course-switcher');
const staffProviders = document.querySelectorAll('uf-provider[data-signed-in="staff"]');
const youthProviders = document.querySelectorAll('uf-provider[data-signed-in="youth"]');
const leaderProviders = document.querySelectorAll('uf-provider[data-signed-in="leader"]');
const colleagueProviders = document.querySelectorAll('uf-provider[data-signed-in="colleague"]');
/** The seed's leader, whom the development issuer signs in for the leader's panel. */
const DEMO_LEADER = 'l-bh01';
const API_BASE = '/api/v1';

/** How the page is signed in (portal-sign-in.js); set once sign-in is done. */
let signIn = { mode: 'none' };

async function showWho(elementId, user) {
  document.getElementById(elementId).textContent = signIn.mode === 'oidc' ? signIn.me.name : await signIn.nameOf(user);
}

function showCourse(courseId) {
  const option = Array.from(switcher.options).find((candidate) => candidate.value === courseId);
  const { staff, youth } = option.dataset;
  // The token provider before the course, in one task: the provider makes one client for both.
  // Signed in at the identity provider, one person is signed in, and their token serves every panel they see.
  const tokenFor = (user) => (signIn.mode === 'oidc' ? signIn.getToken : signIn.tokenProviderFor(user));
  // A panel hidden from the signed-in person loads nothing: no reads they may not make, no audit rows.
  for (const provider of staffProviders) {
    if (provider.closest('[hidden]')) continue;
    provider.apiBase = API_BASE;
    provider.getToken = tokenFor(staff);
    provider.setAttribute('course', courseId);
  }
  for (const provider of youthProviders) {
    if (provider.closest('[hidden]')) continue;
    provider.apiBase = API_BASE;
    provider.getToken = tokenFor(youth);
    provider.setAttribute('course', courseId);
  }
  // The needs bank of the other team: a professional who may not see this course answers its needs.
  // Signed in at the identity provider, it is the signed-in professional's own view of other teams' needs.
  const colleague = Array.from(switcher.options).find((candidate) => candidate.dataset.staff !== staff)?.dataset.staff;
  for (const provider of colleagueProviders) {
    if (provider.closest('[hidden]') || (!colleague && signIn.mode !== 'oidc')) continue;
    provider.apiBase = API_BASE;
    provider.getToken = tokenFor(colleague);
  }
  void showWho('signed-in-as', staff);
  void showWho('youth-signed-in-as', youth);
  if (colleague || signIn.mode === 'oidc') void showWho('colleague-signed-in-as', colleague);
}

/** The leader's overview is of no course: it only needs the sign-in, once. */
function showLeaderOverview() {
  const visible = Array.from(leaderProviders).filter((provider) => !provider.closest('[hidden]'));
  if (visible.length === 0) return;
  for (const provider of visible) {
    provider.apiBase = API_BASE;
    provider.getToken = signIn.mode === 'oidc' ? signIn.getToken : signIn.tokenProviderFor(DEMO_LEADER);
  }
  void showWho('leader-signed-in-as', DEMO_LEADER);
}

/**
 * Signed in at the identity provider: the page shows what that person sees — the professional's
 * panels or the young person's — and only their courses in the switcher.
 */
function showOnlyWhatTheySee(me) {
  for (const panel of document.querySelectorAll('.portal-panel')) {
    const forRole = panel.classList.contains('portal-panel--youth') ? 'youth' : panel.classList.contains('portal-panel--leader') ? 'leader' : 'professional';
    // An administrator of either kind sees no panel: the page shows courses and aggregates, neither of which is theirs.
    panel.hidden = forRole !== me.role;
  }
  const visible = new Set(me.courseIds);
  for (const option of Array.from(switcher.options)) if (!visible.has(option.value)) option.remove();
  for (const group of switcher.querySelectorAll('optgroup')) if (group.children.length === 0) group.remove();
}

function showSignInProblem(message) {
  const notice = document.getElementById('sign-in-problem');
  notice.querySelector('[data-problem]').textContent = message;
  notice.hidden = false;
}

/** Keeps a choice in the address, so a reload or a shared link shows the same page. */
function remember(name, value) {
  const address = new URL(location.href);
  address.searchParams.set(name, value);
  history.replaceState(null, '', address);
}

// The page's own words: Danish in the markup, English beside it in data-en (text) and
// data-en-aria-label / data-en-label (attributes). The Danish is read once, before the first switch.
const languages = new Set(['da', 'en']);
const translated = Array.from(document.querySelectorAll('[data-en], [data-en-aria-label], [data-en-label]'), (element) => ({
  element,
  da: { text: element.textContent.trim(), ariaLabel: element.getAttribute('aria-label'), label: element.getAttribute('label') },
}));

function showLanguage(language) {
  document.documentElement.lang = language;
  for (const provider of [...staffProviders, ...youthProviders, ...leaderProviders, ...colleagueProviders]) provider.setAttribute('lang', language);
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

// Tell a developer why the cards stay empty, instead of a silent blank page.
fetch('/cdn/ungeforlob.min.js', { method: 'HEAD' }).then((response) => {
  if (response.status === 503) document.getElementById('bundle-missing').hidden = false;
});

// Last, so the page's own controls work while it signs in.
try {
  signIn = await startSignIn({ onSignedOut: showSignInProblem });
} catch (error) {
  // The reason is the provider's or this page's, never personal data: it may be shown.
  showSignInProblem(error instanceof Error ? error.message : String(error));
}
if (signIn.mode === 'oidc') showOnlyWhatTheySee(signIn.me);
if (signIn.mode !== 'none') showLeaderOverview();
if (signIn.mode === 'none') {
  if (document.getElementById('sign-in-problem').hidden)
    showSignInProblem('the server names no client for this page at the identity provider (UF_OIDC_DEMO_CLIENT_ID)');
} else if (signIn.mode === 'oidc' && signIn.me.role === 'leader') {
  // A leader has no course to choose: the overview is all they see.
  switcher.disabled = true;
} else if (switcher.options.length === 0) {
  showSignInProblem('you may see no course');
} else {
  const requested = new URLSearchParams(location.search).get('course');
  if (requested && Array.from(switcher.options).some((option) => option.value === requested)) switcher.value = requested;
  showCourse(switcher.value);
  switcher.addEventListener('change', () => {
    showCourse(switcher.value);
    remember('course', switcher.value);
  });
}
