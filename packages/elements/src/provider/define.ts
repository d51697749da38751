import { UfProvider } from './provider.js';

export { UfProvider };

if (!customElements.get('uf-provider')) customElements.define('uf-provider', UfProvider);

declare global {
  interface HTMLElementTagNameMap {
    'uf-provider': UfProvider;
  }
}
