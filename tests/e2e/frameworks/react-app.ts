// A React 19 page embedding the widgets the way a vendor would: the client as a property, the
// course from React state, the event through React's custom-element event support.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@ungeforlob/elements';
import { createClient } from '@ungeforlob/sdk';
import { portalToken, recordLoaded } from './embedding-probe.js';

const client = createClient({ baseUrl: new URLSearchParams(location.search).get('api') ?? '', getToken: portalToken });

function Portal() {
  const [course, setCourse] = useState('c-4f2a91');
  return createElement(
    'main',
    null,
    createElement('button', { type: 'button', onClick: () => setCourse('c-8b13d7') }, 'Næste forløb'),
    createElement('uf-provider', { client, course }, createElement('uf-contact-card', { mode: 'staff', 'onuf-contact-loaded': recordLoaded })),
  );
}

createRoot(document.getElementById('root')!).render(createElement(Portal));
