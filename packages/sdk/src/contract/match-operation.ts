import { operations } from '../resources.js';
import type { HttpMethod, Operation } from './operations.js';

/** What a request matched: the operation and its path parameters, decoded. */
export interface OperationMatch {
  operation: Operation;
  params: Record<string, string>;
}

const compiled = Object.values(operations).map((candidate) => {
  const names: string[] = [];
  const pattern = candidate.route.template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { operation: candidate, names, pattern: new RegExp(`^${pattern}$`) };
});

/**
 * Which operation a method and path (relative to the API base, `/courses/c-1/plan`) ask for.
 * `allowed` lists the methods of a known path asked with another method (answer 405 with Allow);
 * undefined for a path the contract does not have (404).
 */
export function matchOperation(method: string, path: string): OperationMatch | { allowed: HttpMethod[] } | undefined {
  const allowed: HttpMethod[] = [];
  for (const { operation: candidate, names, pattern } of compiled) {
    const found = pattern.exec(path);
    if (!found) continue;
    if (candidate.method !== method.toUpperCase()) {
      allowed.push(candidate.method);
      continue;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
    } catch {
      return undefined; // a malformed escape is no path of ours
    }
    return { operation: candidate, params };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}
