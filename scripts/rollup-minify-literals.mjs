// Rollup plugin: collapses whitespace inside our own Lit css``, html`` and svg`` templates. Terser
// never touches template text, yet the indentation of our templates is a tenth of the CDN bundle
// and issue #2 caps it at 50 KB gzipped. Build time only: the code shipped is the same code with
// fewer spaces, nothing is evaluated, and ${…} placeholders are never rewritten (only the text
// between them), so every binding stays where Lit expects it. magic-string keeps the source map
// pointing at the right columns.
import MagicString from 'magic-string';

const CSS_TAGS = new Set(['css']);
const MARKUP_TAGS = new Set(['html', 'svg']);

// Where whitespace can be content, the whole template is left as written: <pre> and text inside a
// <textarea> render it; url( may hold an unquoted path; a backslash starts an escape (\n, \2014,
// \`) that a regex would have to understand before moving the characters around it.
const UNSAFE = /<pre|<textarea[^>]*>[^<]*\S[^<]*<\/textarea>|url\(|\\/i;

// Spaces around { } ; , > and after : carry no meaning in CSS. The space before ':' does
// (`a :hover` is not `a:hover`), and so do the ones around + and - (calc()), so those stay.
const collapseCss = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');

function minifyCss(raw, first, last) {
  // Comments go before strings are found, so an apostrophe in a comment cannot open a string.
  const pieces = raw.replace(/\/\*[\s\S]*?\*\//g, '').split(/("[^"\n]*"|'[^'\n]*')/);
  // A quote left over belongs to a string that runs across a ${…}; its spaces are content.
  if (pieces.some((piece, index) => index % 2 === 0 && /["']/.test(piece))) return null;
  let text = pieces.map((piece, index) => (index % 2 ? piece : collapseCss(piece))).join('');
  // Only the template's own ends are trimmed: a space next to a ${…} may be a descendant combinator.
  if (first) text = text.trimStart();
  if (last) text = text.trimEnd();
  return text;
}

// A run of whitespace holding a newline renders as one space outside <pre>, <textarea> and
// white-space: pre (none of which our templates use); dropping it entirely could join two words.
const minifyMarkup = (raw) => raw.replace(/\s*\n\s*/g, ' ');

/** @returns the new raw text of each quasi, or null to leave the template as written */
export function minifyTemplate(tag, raws) {
  if (UNSAFE.test(raws.join('\0'))) return null;
  if (MARKUP_TAGS.has(tag)) return raws.map(minifyMarkup);
  if (!CSS_TAGS.has(tag)) return null;
  const minified = raws.map((raw, index) => minifyCss(raw, index === 0, index === raws.length - 1));
  return minified.includes(null) ? null : minified;
}

function visit(node, enter) {
  if (!node || typeof node.type !== 'string') return;
  enter(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) visit(child, enter);
    else if (value && typeof value.type === 'string') visit(value, enter);
  }
}

/**
 * @param {{ include?: (id: string) => boolean }} [options] which modules to minify: by default our
 *   own, not node_modules (Lit's are minified already, and we cannot know what others' text means)
 */
export function minifyLiterals({ include = (id) => !id.startsWith('\0') && !id.includes('/node_modules/') } = {}) {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!include(id) || !code.includes('`')) return null;
      const source = new MagicString(code);
      visit(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const quasis = node.quasi.quasis;
        const minified = minifyTemplate(
          node.tag.name,
          quasis.map((quasi) => quasi.value.raw),
        );
        quasis.forEach((quasi, index) => {
          const text = minified?.[index];
          if (text === undefined || text === quasi.value.raw) return;
          if (text === '') source.remove(quasi.start, quasi.end);
          else source.overwrite(quasi.start, quasi.end, text);
        });
      });
      return source.hasChanged() ? { code: source.toString(), map: source.generateMap({ hires: true }) } : null;
    },
  };
}
