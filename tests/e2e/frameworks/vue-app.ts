// A Vue 3 page embedding the widgets: the client bound as a DOM property, the course from a ref,
// the event through Vue's listener on the custom element.
import { createApp, h, ref } from 'vue';
import '@ungeforlob/elements';
import { createClient } from '@ungeforlob/sdk';
import { portalToken, recordLoaded } from './embedding-probe.js';

const client = createClient({ baseUrl: new URLSearchParams(location.search).get('api') ?? '', getToken: portalToken });
const course = ref('c-4f2a91');

createApp({
  render: () =>
    h('main', [
      h('button', { type: 'button', onClick: () => (course.value = 'c-8b13d7') }, 'Næste forløb'),
      h('uf-provider', { '.client': client, course: course.value }, [h('uf-contact-card', { mode: 'staff', onUfContactLoaded: recordLoaded })]),
    ]),
}).mount('#root');
