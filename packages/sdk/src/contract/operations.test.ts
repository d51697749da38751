import { expect } from '@open-wc/testing';
import { matchOperation } from './match-operation.js';
import { operations } from '../resources.js';

/** A concrete path for a template, with each parameter named after itself. */
const pathOf = (template: string) => template.replace(/\{(\w+)\}/g, (_whole, name: string) => `${name}-1`);

describe('the contract’s operations', () => {
  it('has one operation per method and path', () => {
    const keys = Object.values(operations).map((operation) => `${operation.method} ${operation.route.template}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('matches every operation’s own path to it, with the path parameters decoded', () => {
    for (const operation of Object.values(operations)) {
      const found = matchOperation(operation.method, pathOf(operation.route.template));
      expect(found && 'operation' in found ? found.operation : found).to.equal(operation);
    }
    const found = matchOperation('get', '/courses/c%2D4f/plan');
    expect(found && 'params' in found ? found.params : found).to.deep.equal({ courseId: 'c-4f' });
  });

  it('tells a known path asked with another method (405, with the methods it has) from an unknown path (404)', () => {
    expect(matchOperation('DELETE', '/courses/c-1/plan')).to.deep.equal({ allowed: ['GET', 'PUT'] });
    expect(matchOperation('GET', '/courses/c-1/plans')).to.equal(undefined);
    expect(matchOperation('GET', '/courses/c-1/plan/extra')).to.equal(undefined);
    expect(matchOperation('GET', '/courses/%E0%A4%A/plan')).to.equal(undefined);
  });
});
