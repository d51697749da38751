import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

// Parameterised SQL only: every statement the server sends is fixed text, and values travel as
// parameters. Read from the source, so a value pasted into SQL fails here before it ships.

const root = join(import.meta.dirname, '../../packages/server/src');

/**
 * Names that may stand for SQL text, each with why it is safe: never a value from a request.
 * `file:name`, where name is an interpolated or passed identifier.
 */
const vetted = new Map([
  ['seed/seed-database.ts:table', 'a table name from a fixed union type, never input'],
  ['db/migrate.ts:statement', 'the statements of the migrations in this repository'],
  ['db/pglite-database.ts:sql', 'the adapter passes its caller’s SQL and parameters on'],
  ['db/postgres-database.ts:sql', 'the adapter passes its caller’s SQL and parameters on'],
]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => join(folder, file));
}

/** A constant that only ever holds fixed text: `const sql = a ? 'SELECT …' : 'SELECT …'` or an UPPER_CASE module constant. */
function isFixedText(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isConditionalExpression(node)) return isFixedText(node.whenTrue) && isFixedText(node.whenFalse);
  if (ts.isParenthesizedExpression(node)) return isFixedText(node.expression);
  return false;
}

function constantInitializer(source: ts.SourceFile, name: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer &&
      (node.parent.flags & ts.NodeFlags.Const) !== 0
    ) {
      found = node.initializer;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The SQL of a query's first argument: the text itself, or a query config's `text` (`{ name, text, values }`). */
function queryText(argument: ts.Expression): ts.Expression {
  if (!ts.isObjectLiteralExpression(argument)) return argument;
  const text = argument.properties.find((property) => property.name !== undefined && ts.isIdentifier(property.name) && property.name.text === 'text');
  return text && ts.isPropertyAssignment(text) ? text.initializer : argument;
}

/** Where `text` (the file `where`, relative to the server's sources) puts anything but fixed text into SQL. */
function problemsIn(where: string, text: string): string[] {
  const source = ts.createSourceFile(where, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const safeName = (name: string) => {
    if (vetted.has(`${where}:${name}`)) return true;
    const initializer = constantInitializer(source, name);
    return initializer !== undefined && isFixedText(initializer);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'query' && node.arguments.length > 0) {
      const sql = queryText(node.arguments[0]!);
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (ts.isTemplateExpression(sql)) {
        for (const span of sql.templateSpans) {
          if (!ts.isIdentifier(span.expression) || !safeName(span.expression.text)) found.push(`${where}:${line}: \${${span.expression.getText()}} in SQL`);
        }
      } else if (ts.isIdentifier(sql)) {
        if (!safeName(sql.text)) found.push(`${where}:${line}: SQL from ${sql.text}`);
      } else if (!isFixedText(sql)) {
        found.push(`${where}:${line}: SQL built from ${sql.getText().slice(0, 40)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('the server sends fixed SQL text only; values go as parameters', () => {
  const files = sourceFiles(root);
  assert.ok(files.length > 20, 'the server’s sources were found');
  assert.deepEqual(
    files.flatMap((file) => problemsIn(relative(root, file), readFileSync(file, 'utf8'))),
    [],
  );
});

test('the check catches a value pasted into SQL, or SQL put together from a variable', () => {
  const pasted = 'async function f(db, id) { return db.query(`SELECT * FROM plans WHERE id = ${id}`, []); }';
  const concatenated = "async function f(db, id) { return db.query('SELECT * FROM plans WHERE id = ' + id); }";
  const variable = "async function f(db, id) { let sql = 'SELECT 1'; sql += id; return db.query(sql); }";
  const fixed =
    "const COLUMNS = 'id, name'; async function f(db, id) { const sql = id ? 'SELECT 1' : 'SELECT 2'; await db.query(sql, [id]); return db.query(`SELECT ${COLUMNS} FROM t WHERE id = $1`, [id]); }";
  assert.equal(problemsIn('probe.ts', pasted).length, 1);
  assert.equal(problemsIn('probe.ts', concatenated).length, 1);
  assert.equal(problemsIn('probe.ts', variable).length, 1);
  assert.deepEqual(problemsIn('probe.ts', fixed), []);
  const config = 'async function f(pool, id) { return pool.query({ name: "n", text: `SELECT * FROM plans WHERE id = ${id}`, values: [] }); }';
  assert.equal(problemsIn('probe.ts', config).length, 1, 'a query config’s text is checked too');
});
