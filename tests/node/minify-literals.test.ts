import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Plugin, TransformPluginContext, TransformResult } from 'rollup';
import { parseAst } from 'rollup/parseAst';

// The plugin is a plain build script without types; the cast names the one export used here.
const pluginUrl = new URL('../../scripts/rollup-minify-literals.mjs', import.meta.url).href;
const { minifyLiterals } = (await import(pluginUrl)) as { minifyLiterals: () => Plugin };

const OWN_MODULE = '/repo/packages/elements/dist/widget/widget.js';

/** What the CDN build would see after the plugin: the module's code, rewritten or as it was. */
function transform(code: string, id = OWN_MODULE): string {
  const hook = minifyLiterals().transform as (this: Partial<TransformPluginContext>, code: string, id: string) => TransformResult;
  const result = hook.call({ parse: parseAst }, code, id);
  return result && typeof result === 'object' && result.code ? result.code : code;
}

const lines = (...text: string[]) => text.join('\n');

test('css``: comments go and whitespace collapses, but not the space that makes a descendant :hover', () => {
  const code = lines(
    'const styles = css`',
    '  /* the host is a block so the card can be sized by the portal */',
    '  :host {',
    '    display: block;',
    '    color: ${token};',
    '  }',
    '  a :hover , b > c { margin: 0 calc(1px + 2px) }',
    '`;',
  );
  assert.equal(transform(code), 'const styles = css`:host{display:block;color:${token}}a :hover,b>c{margin:0 calc(1px + 2px)}`;');
});

test('html`` and svg``: a whitespace run holding a newline becomes one space; runs without one stay', () => {
  const code = lines(
    'const view = html`',
    '  <p class="note">',
    '    ${name}',
    '  </p>  <b>x</b>',
    '`;',
    'const icon = svg`<g>',
    '  <path d="M0 0"></path>',
    '</g>`;',
  );
  assert.equal(transform(code), 'const view = html` <p class="note"> ${name} </p>  <b>x</b> `;\nconst icon = svg`<g> <path d="M0 0"></path> </g>`;');
});

test('placeholders are kept character for character, whitespace and nested quotes included', () => {
  const placeholder = "${ label(\n    'two  spaces',\n    count\n  ) }";
  const code = `html\`\n  <span>\n  ${placeholder}\n  </span>\n\``;
  const out = transform(code);
  assert.ok(out.includes(placeholder), out);
  assert.equal(out.replace(placeholder, '${…}'), 'html` <span> ${…} </span> `');
});

test('a template with text in a <textarea> or with a <pre> is left as written', () => {
  const textarea = lines('html`', '  <textarea>', '  first line', '  </textarea>', '`');
  const pre = lines('html`', '  <pre>', '    indented', '  </pre>', '`');
  assert.equal(transform(textarea), textarea);
  assert.equal(transform(pre), pre);
  // An empty <textarea> (its value bound) has no text whose whitespace could show.
  assert.equal(
    transform(lines('html`<label>', '  <textarea .value=${text}></textarea>', '</label>`')),
    'html`<label> <textarea .value=${text}></textarea> </label>`',
  );
});

test('a css`` template with url( or a backslash is left as written', () => {
  const url = lines('css`', '  a {', '    background: url(x.png);', '  }', '`');
  const escape = lines('css`', '  a::before {', "    content: '\\2014';", '  }', '`');
  assert.equal(transform(url), url);
  assert.equal(transform(escape), escape);
});

test('other tags and modules from node_modules are not ours to change', () => {
  const other = lines('sql`', '  select 1', '`');
  const lit = lines('html`', '  <p></p>', '`');
  assert.equal(transform(other), other);
  assert.equal(transform(lit, '/repo/node_modules/lit-html/lit-html.js'), lit);
});
