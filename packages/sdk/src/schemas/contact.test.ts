import { expect } from '@open-wc/testing';
import { Id } from './common.js';
import { StaffPerson } from './contact.js';

const person = (photoUrl: string) => ({ id: 's-1', name: 'Jonas Kragh', photoUrl });

describe('StaffPerson.photoUrl', () => {
  it('takes https URLs and paths on the page’s own origin', () => {
    expect(StaffPerson.safeParse(person('https://kommune.example/foto/jk.jpg')).success).to.equal(true);
    expect(StaffPerson.safeParse(person('/foto/jk.jpg')).success).to.equal(true);
  });

  it('refuses everything that would reach another origin or run', () => {
    for (const url of ['//tracker.example/x.png', '/\\\\tracker.example/x.png', 'http://kommune.example/x.jpg', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'https://x.example/a"onerror="b']) {
      expect(StaffPerson.safeParse(person(url)).success, url).to.equal(false);
    }
  });
});

describe('Id', () => {
  it('refuses anything shaped like a CPR number', () => {
    for (const id of ['0101901234', '010190-1234']) expect(Id.safeParse(id).success, id).to.equal(false);
    expect(Id.safeParse('c-4f2a91').success).to.equal(true);
  });
});
