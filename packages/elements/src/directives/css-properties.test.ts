import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssProperties } from './css-properties.js';

describe('cssProperties', () => {
  it('sets custom properties on the first render, updates them and removes dropped ones', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (properties: Record<`--${string}`, string>) => render(html`<span ${cssProperties(properties)}></span>`, host);
    draw({ '--from': '0.25', '--to': '0.5' });
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('--from')).to.equal('0.25');
    draw({ '--from': '0.3' });
    expect(span.style.getPropertyValue('--from')).to.equal('0.3');
    expect(span.style.getPropertyValue('--to')).to.equal('');
  });

  it('refuses an attribute position, where it could not avoid the style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span class=${cssProperties({ '--x': '1' })}></span>`, host)).to.throw(/element position/);
  });
});
