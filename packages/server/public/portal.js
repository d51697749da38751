// The demo portal's course switcher: points every <uf-provider> on the page at the chosen
// course, and keeps the choice in the address (?course=…) so a reload or a shared link shows it.
// Options are labelled by what the course shows, never by the young person's name.

const switcher = document.getElementById('course-switcher');
const providers = document.querySelectorAll('uf-provider');
const knownCourses = new Set(Array.from(switcher.options, (option) => option.value));

function showCourse(courseId) {
  for (const provider of providers) provider.setAttribute('course', courseId);
}

const requested = new URLSearchParams(location.search).get('course');
if (requested && knownCourses.has(requested)) {
  switcher.value = requested;
  showCourse(requested);
}

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
