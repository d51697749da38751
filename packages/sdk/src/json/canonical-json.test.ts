import { expect } from '@open-wc/testing';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('writes equal data as equal text, whatever order its keys were in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).to.equal('{"a":{"c":"x","d":[1,2]},"b":1}');
    expect(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 })).to.equal(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } }));
  });

  it('orders keys by code unit, digits and capitals too, so the text never depends on the locale', () => {
    expect(canonicalJson({ b: 0, '10': 0, B: 0, '9': 0, å: 0, a: 0 })).to.equal('{"10":0,"9":0,"B":0,"a":0,"b":0,"å":0}');
  });

  it('keeps array order and leaves out undefined members, like JSON.stringify', () => {
    expect(canonicalJson({ list: [3, 1, 2], gone: undefined })).to.equal('{"list":[3,1,2]}');
    expect(canonicalJson([undefined, null])).to.equal(JSON.stringify([undefined, null]));
  });

  it('writes strings and other values as JSON.stringify does', () => {
    for (const value of ['"citat" og \\ æøå\n', 0, -1.5, true, null]) expect(canonicalJson(value)).to.equal(JSON.stringify(value));
  });

  it('writes a questionnaire fingerprint exactly as before, since the server stores them', () => {
    const submission = {
      subject: { kind: 'course', id: 'c-1' },
      definitionId: 'strategic-criteria',
      submission: { definitionVersion: 1, answers: { 'k-2': { score: 3 }, 'k-1': { score: 2, reflection: 'Godt' } } },
    };
    expect(canonicalJson(submission)).to.equal(
      '{"definitionId":"strategic-criteria","subject":{"id":"c-1","kind":"course"},"submission":{"answers":{"k-1":{"reflection":"Godt","score":2},"k-2":{"score":3}},"definitionVersion":1}}',
    );
  });
});
