// The demo portal: signs in through the reference server's development issuer, and points every
// <uf-provider> on the page at the chosen course, as the professional of that course's team (staff
// panels) or as the young person themself (the youth panel). The choice stays in the address
// (?course=…) so a reload or a shared link shows it. Options are labelled by what the course
// shows, never by the young person's name. A real portal gets its tokens from its own sign-in.

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

const requested = new URLSearchParams(location.search).get('course');
if (requested && knownCourses.has(requested)) switcher.value = requested;
showCourse(switcher.value);

switcher.addEventListener('change', () => {
  showCourse(switcher.value);
  const address = new URL(location.href);
  address.searchParams.set('course', switcher.value);
  history.replaceState(null, '', address);
});

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
