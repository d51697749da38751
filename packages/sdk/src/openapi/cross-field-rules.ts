import type * as z from 'zod/mini';

/** A rule a schema checks across its fields, and the field a broken one is reported at. */
export interface CrossFieldRule {
  /** Where the problem is reported, as in `errors[].path` (`[]` for each element of a list). */
  path: string;
  text: string;
}

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; path?: PropertyKey[]; error?: (issue: object) => unknown } } }[];
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
}

/**
 * The cross-field rules (`z.refine` checks with a fixed message) anywhere inside `schema`, so the
 * OpenAPI document states each rule the code checks, in the code's own words. A rule whose
 * message depends on the value (a `superRefine`) has no fixed text; describe it by hand.
 */
export function crossFieldRules(schema: z.core.$ZodType): CrossFieldRule[] {
  const rules: CrossFieldRule[] = [];
  // Only the schemas on the way down, so a recursive schema ends and a shared one is named at every path.
  const ancestors = new Set<z.core.$ZodType>();
  const visit = (node: z.core.$ZodType | undefined, at: string): void => {
    if (!node || ancestors.has(node)) return;
    ancestors.add(node);
    const def = node._zod.def as unknown as Def;
    // A check on one value (an id's shape) is that field's rule, stated in its own schema.
    for (const check of def.type === 'object' ? (def.checks ?? []) : []) {
      const { check: kind, path = [], error } = check._zod.def;
      const text = kind === 'custom' ? error?.({}) : undefined;
      if (typeof text === 'string') rules.push({ path: [at, ...path.map(String)].filter(Boolean).join('.'), text });
    }
    if (def.type === 'object') for (const [key, child] of Object.entries(def.shape ?? {})) visit(child, at ? `${at}.${key}` : key);
    if (def.type === 'array' || def.type === 'set') visit(def.element, `${at}[]`);
    if (def.type === 'record') visit(def.valueType, `${at}{}`);
    for (const child of [def.innerType, def.in, def.out, def.left, def.right, ...(def.options ?? [])]) visit(child, at);
    ancestors.delete(node);
  };
  visit(schema, '');
  return rules;
}

/** The rules as a sentence for a schema's description; empty when there are none. */
export function describeRules(rules: readonly CrossFieldRule[]): string {
  if (rules.length === 0) return '';
  const unique = [...new Map(rules.map((rule) => [`${rule.path}: ${rule.text}`, rule])).values()];
  return ` Checked across fields (400, code \`custom\` at the path): ${unique.map((rule) => `\`${rule.path}\`: ${rule.text}`).join('; ')}.`;
}
