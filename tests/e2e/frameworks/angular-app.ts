// An Angular 21 page embedding the widgets: the client bound as a DOM property, the course as an
// attribute from a signal, the event through Angular's event binding on the custom element.
// Compiled in the browser (JIT) so the test needs no Angular CLI; an app built ahead of time
// binds the same way, and only that build runs under a Content-Security-Policy without eval.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@ungeforlob/elements';
import { createClient } from '@ungeforlob/sdk';
import { portalToken, recordLoaded } from './embedding-probe.js';

@Component({
  selector: 'portal-root',
  // Angular reports unknown elements and properties unless told these are custom elements.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <button type="button" (click)="course.set('c-8b13d7')">Næste forløb</button>
      <uf-provider [client]="client" [attr.course]="course()">
        <uf-contact-card mode="staff" (uf-contact-loaded)="loaded($event)"></uf-contact-card>
      </uf-provider>
    </main>
  `,
})
class Portal {
  readonly client = createClient({ baseUrl: new URLSearchParams(location.search).get('api') ?? '', getToken: portalToken });
  readonly course = signal('c-4f2a91');
  readonly loaded = recordLoaded;
}

const root = document.createElement('portal-root');
document.getElementById('root')!.append(root);
void bootstrapApplication(Portal, { providers: [provideZonelessChangeDetection()] });
