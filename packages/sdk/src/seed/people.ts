import type { Channel, Deputy, StaffPerson, Unit } from '../schemas/contact.js';

// Fictional people and places. Fjordby Kommune does not exist; phone numbers use the 12 34 xx xx
// range and e-mail the reserved .example domain, so nothing here can reach a real person.

export const units = {
  youth: { id: 'u-ungeindsats', name: 'Ungeindsatsen, Fjordby Kommune' },
  jobcentre: { id: 'u-jobcenter', name: 'Jobcenter Fjordby' },
  social: { id: 'u-socialafd', name: 'Socialafdelingen, Fjordby Kommune' },
  psychiatry: { id: 'u-psykiatri', name: 'Børne- og ungdomspsykiatrien, Region Midt (fiktiv)' },
  school: { id: 'u-fgu', name: 'FGU Fjordby' },
  civilSociety: { id: 'u-fif', name: 'Fjordby Idrætsforening' },
} satisfies Record<string, Unit>;

export const staff = {
  jonas: { id: 's-jk01', name: 'Jonas Kragh' },
  mette: { id: 's-mh02', name: 'Mette Holm' },
  ali: { id: 's-ab03', name: 'Ali Bakir' },
  sofie: { id: 's-sl04', name: 'Sofie Lund' },
  peter: { id: 's-pn05', name: 'Peter Nørgaard' },
} satisfies Record<string, StaffPerson>;

const weekdays = [1, 2, 3, 4, 5];

export function officeChannels(phone: string, email: string): Channel[] {
  return [
    { kind: 'phone', phone, hours: [{ days: weekdays, from: '08:30', to: '15:30' }] },
    { kind: 'sms', phone, hours: [{ days: weekdays, from: '08:00', to: '20:00' }], note: 'Svarer samme dag på hverdage' },
    { kind: 'email', email, hours: [], note: 'Svarer inden for én arbejdsdag' },
  ];
}

export function deputy(person: StaffPerson, unit: Unit, phone: string, email: string): Deputy {
  return { person, unit, channels: officeChannels(phone, email) };
}
