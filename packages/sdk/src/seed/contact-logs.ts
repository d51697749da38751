import type { Id, IsoDate } from '../schemas/common.js';
import type { ChannelKind } from '../schemas/contact.js';
import type { ContactEntry, ContactInitiative, ContactLog, ContactNote, ContactOutcome } from '../schemas/contact-log.js';
import { newestContactFirst } from '../contact-log/contact-log-rules.js';
import { addDays, danishDateTime } from '../time/calendar.js';

// Contact logs (kontaktlog, seed 002 Bilag 5): Amalie's contact keeps the agreed rhythm, every
// other week and often more; Mikkel's rhythm is broken — weekly was agreed, his contact has been
// away, and the last two contacts he did not come to; Freja's rhythm is weekly during her
// internship. Notes are staff-only unless shared with the young person, chosen per entry.

interface Logged {
  id: Id;
  day: number;
  time: string;
  channel: ChannelKind;
  initiative?: ContactInitiative;
  outcome?: ContactOutcome;
  note?: ContactNote;
  by: string;
}

export function buildContactLogs(today: IsoDate, courses: { steady: Id; contactAway: Id; manyHandovers: Id }): Record<Id, ContactLog> {
  const entry = ({ id, day, time, channel, initiative = 'professional', outcome = 'held', note, by }: Logged): ContactEntry => {
    const at = danishDateTime(addDays(today, day), time);
    return { id, at, channel, initiative, outcome, note: note ?? null, by, loggedAt: at };
  };
  const log = (courseId: Id, rhythm: ContactLog['rhythm'], entries: Logged[]): ContactLog => ({
    courseId,
    rhythm,
    entries: entries.map(entry).sort(newestContactFirst),
  });
  const staffOnly = (text: string): ContactNote => ({ text, sharedWithYouth: false });
  const shared = (text: string): ContactNote => ({ text, sharedWithYouth: true });
  return {
    [courses.steady]: log(
      courses.steady,
      { everyDays: 14, from: addDays(today, -120), version: 1, changedAt: danishDateTime(addDays(today, -120), '11:00'), changedBy: 'Jonas Kragh' },
      [
        { id: 'k-s1', day: -30, time: '10:00', channel: 'walk', note: shared('Vi gik ved havnen og snakkede om praktik.'), by: 'Jonas Kragh' },
        { id: 'k-s2', day: -22, time: '15:30', channel: 'sms', initiative: 'youth', by: 'Jonas Kragh' },
        {
          id: 'k-s3',
          day: -15,
          time: '09:30',
          channel: 'homeVisit',
          note: staffOnly('Mor var til stede; der er uro derhjemme. Tag det op med familieafdelingen.'),
          by: 'Jonas Kragh',
        },
        { id: 'k-s4', day: -8, time: '13:00', channel: 'phone', note: shared('Aftalt at du selv ringer til Netto om praktik.'), by: 'Jonas Kragh' },
        { id: 'k-s5', day: -4, time: '10:15', channel: 'walk', note: shared('God gåtur. Du har ringet til Netto!'), by: 'Jonas Kragh' },
      ],
    ),
    [courses.contactAway]: log(
      courses.contactAway,
      {
        everyDays: 7,
        words: 'Ugentligt, mens skoleforløbet er nyt',
        from: addDays(today, -60),
        version: 2,
        changedAt: danishDateTime(addDays(today, -60), '12:00'),
        changedBy: 'Ali Bakir',
      },
      [
        { id: 'k-a1', day: -31, time: '14:00', channel: 'inPerson', note: shared('Vi talte om den nye klasse.'), by: 'Ali Bakir' },
        { id: 'k-a2', day: -24, time: '11:00', channel: 'phone', by: 'Ali Bakir' },
        {
          id: 'k-a3',
          day: -18,
          time: '10:00',
          channel: 'walk',
          outcome: 'noShow',
          note: staffOnly('Kom ikke. Svarede ikke på sms bagefter.'),
          by: 'Ali Bakir',
        },
        { id: 'k-a4', day: -9, time: '13:00', channel: 'inPerson', outcome: 'noShow', by: 'Sofie Lund' },
      ],
    ),
    [courses.manyHandovers]: log(
      courses.manyHandovers,
      {
        everyDays: 7,
        words: 'Ugentligt i praktikperioden',
        from: addDays(today, -20),
        version: 1,
        changedAt: danishDateTime(addDays(today, -20), '09:00'),
        changedBy: 'Peter Nørgaard',
      },
      [
        { id: 'k-h1', day: -12, time: '09:00', channel: 'inPerson', note: shared('Første møde med Peter. Vi aftalte at ses hver uge.'), by: 'Peter Nørgaard' },
        { id: 'k-h2', day: -5, time: '16:00', channel: 'sms', initiative: 'youth', by: 'Peter Nørgaard' },
      ],
    ),
  };
}
