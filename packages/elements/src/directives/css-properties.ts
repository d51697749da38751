import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), on every
 * render including the first. Lit's `styleMap` writes a `style` attribute on first render, which a
 * strict Content-Security-Policy blocks (`style-src-attr`); portals run us under one.
 *
 * @example html`<span ${cssProperties({ '--from': '0.25' })}></span>`
 */
class CssPropertiesDirective extends Directive {
  private names = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs in an element position: <span ${cssProperties({…})}>');
  }

  render(_properties: Readonly<Record<`--${string}`, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<`--${string}`, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) if (!(name in properties)) style.removeProperty(name);
    this.names = new Set(Object.keys(properties));
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
