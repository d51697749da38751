import { defaultScaleSet } from '../progression/default-scales.js';
import { scaleRange } from '../progression/readings-by-scale.js';
import type { Id, IsoDate } from '../schemas/common.js';
import type { CourseProgression, ProgressionAnnotation, ProgressionReading, ProgressionScale, Rater, ScaleSet } from '../schemas/progression.js';
import { addDays } from '../time/calendar.js';

/** What the seed holds for the progression scales. */
export interface ProgressionSeed {
  /** The default scale set, version 1. */
  scaleSet: ScaleSet;
  /** Readings and annotations per course id; a course left out has none. */
  courses: Record<Id, CourseProgression>;
}

type CourseKey = 'steady' | 'contactAway' | 'aftercare' | 'noContact' | 'manyHandovers';

/** One rater's readings on one scale, every `everyDays` days, the last `lastDaysAgo` days before today. */
interface Track {
  scaleId: Id;
  ratedBy: Rater;
  values: readonly number[];
}

interface CourseReadings {
  key: string;
  lastDaysAgo: number;
  everyDays: number;
  youth: string;
  professional: string;
  tracks: readonly Track[];
  annotations: readonly (readonly [daysAgo: number, kind: ProgressionAnnotation['kind'], text: string])[];
}

const t = (scaleId: Id, ratedBy: Rater, ...values: number[]): Track => ({ scaleId, ratedBy, values });

function readingsOf(today: IsoDate, course: CourseReadings): CourseProgression {
  const readings: ProgressionReading[] = [];
  for (const track of course.tracks) {
    track.values.forEach((value, index) => {
      const daysAgo = course.lastDaysAgo + (track.values.length - 1 - index) * course.everyDays;
      readings.push({
        id: `rd-${course.key}-${track.scaleId}-${track.ratedBy[0]}${index + 1}`,
        scaleId: track.scaleId,
        value,
        date: addDays(today, -daysAgo),
        ratedBy: track.ratedBy,
        author: track.ratedBy === 'youth' ? course.youth : course.professional,
      });
    });
  }
  readings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const annotations = course.annotations
    .map(([daysAgo, kind, text], index) => ({ id: `an-${course.key}-${index + 1}`, date: addDays(today, -daysAgo), kind, text }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return { readings, annotations };
}

/**
 * Readings for the seed courses, relative to `today`. Between them they show every notice of the
 * progression widget: Amalie's steady climb with both raters close; Mikkel's dip while ill;
 * Sara's course gone quiet — her last reading is ten weeks old and her plan last changed two
 * months ago (seed/plans.ts), so she is flagged as PASSIVE; Freja rating her belief in herself
 * far below what her new contact sees (DISAGREEMENT, four steps); Noah has no readings yet.
 */
export function buildProgressionSeed(today: IsoDate, ids: Record<CourseKey, Id>): ProgressionSeed {
  const courses: CourseReadings[] = [
    {
      key: 's',
      lastDaysAgo: 10,
      everyDays: 28,
      youth: 'Amalie',
      professional: 'Jonas Kragh',
      tracks: [
        t('attendance', 'professional', 40, 45, 55, 60, 70, 75, 85, 90),
        t('everyday-coping', 'youth', 3, 3, 4, 5, 5, 6, 7, 7),
        t('everyday-coping', 'professional', 2, 3, 3, 4, 5, 6, 6, 7),
        t('self-belief', 'youth', 4, 4, 5, 5, 6, 6, 7, 8),
        t('self-belief', 'professional', 3, 4, 4, 5, 6, 6, 7, 7),
        t('network', 'youth', 2, 2, 3, 3, 4, 5, 5, 6),
        t('network', 'professional', 2, 3, 3, 3, 4, 4, 5, 6),
        t('impulse-control', 'joint', 5, 5, 6, 6, 6, 7, 7, 8),
        t('well-being', 'youth', 3, 4, 4, 3, 5, 6, 6, 7),
        t('well-being', 'professional', 4, 4, 4, 4, 5, 5, 6, 6),
        t('job-belief', 'youth', 3, 3, 4, 4, 5, 6, 6, 7),
        t('job-belief', 'professional', 2, 3, 3, 4, 5, 5, 6, 7),
      ],
      annotations: [
        [95, 'setback', 'Stoppede til fodbold i tre uger efter et skænderi.'],
        [40, 'success', 'Tog selv bussen til praktikken.'],
        [12, 'success', 'Mødt op alle dage i praktikken i to uger.'],
      ],
    },
    {
      key: 'a',
      lastDaysAgo: 20,
      everyDays: 28,
      youth: 'Mikkel',
      professional: 'Ali Bakir',
      tracks: [
        t('attendance', 'professional', 70, 65, 60, 55, 30),
        t('health-coping', 'youth', 4, 4, 5, 5, 4),
        t('health-coping', 'professional', 3, 4, 4, 5, 4),
        t('everyday-coping', 'youth', 5, 5, 5, 6, 4),
        t('everyday-coping', 'professional', 4, 5, 5, 5, 3),
        t('stability', 'youth', 4, 5, 5, 5, 5),
        t('stability', 'professional', 4, 4, 5, 5, 4),
      ],
      annotations: [
        [75, 'success', 'Gik i klubben tre aftener i træk.'],
        [20, 'setback', 'Syg en uge og ikke på FGU.'],
      ],
    },
    {
      key: 'f',
      lastDaysAgo: 70,
      everyDays: 35,
      youth: 'Sara',
      professional: 'Mette Holm',
      tracks: [
        t('attendance', 'professional', 60, 70, 80, 85, 90, 95),
        t('self-belief', 'youth', 4, 5, 6, 7, 7, 8),
        t('self-belief', 'professional', 4, 5, 6, 6, 7, 8),
        t('well-being', 'youth', 3, 4, 5, 6, 7, 7),
        t('well-being', 'professional', 4, 4, 5, 6, 6, 7),
        t('job-belief', 'youth', 3, 4, 6, 7, 8, 8),
        t('job-belief', 'professional', 3, 4, 5, 7, 7, 8),
        t('network', 'youth', 3, 4, 5, 5, 6, 7),
        t('network', 'professional', 3, 4, 4, 5, 6, 7),
      ],
      annotations: [
        [140, 'success', 'Fik egen lejlighed.'],
        [61, 'success', 'Startet på SOSU-skolen.'],
      ],
    },
    {
      key: 'h',
      lastDaysAgo: 4,
      everyDays: 21,
      youth: 'Freja',
      professional: 'Peter Nørgaard',
      tracks: [
        t('attendance', 'professional', 50, 55, 50, 60),
        t('self-belief', 'youth', 4, 3, 3, 3),
        t('self-belief', 'professional', 5, 6, 6, 7),
        t('job-belief', 'youth', 5, 5, 6, 6),
        t('job-belief', 'professional', 4, 5, 5, 6),
        t('network', 'youth', 3, 3, 4, 4),
        t('network', 'professional', 3, 3, 3, 4),
        t('cooperation', 'youth', 5, 5, 6, 6),
        t('cooperation', 'professional', 5, 6, 6, 7),
      ],
      annotations: [
        [30, 'setback', 'Fik ny kontaktperson igen.'],
        [10, 'success', 'Var med i hundeklubben første gang.'],
      ],
    },
  ];
  const byKey: Record<string, Id> = { s: ids.steady, a: ids.contactAway, f: ids.aftercare, h: ids.manyHandovers };
  return {
    scaleSet: defaultScaleSet,
    courses: Object.fromEntries(courses.map((course) => [byKey[course.key]!, readingsOf(today, course)])),
  };
}

/** A small seeded generator (mulberry32): the same numbers on every run and machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Deterministic data for the chart benchmark: `scales` scales (the default set, then copies of
 * its anchored scales) with `readingsPerScale` readings each, the young person and the
 * professional taking turns weekly, wandering slowly upward; plus an annotation every ten weeks.
 * The same arguments always give the same data, so two chart libraries draw the same thing.
 */
export function progressionBenchData(scales = 12, readingsPerScale = 260, end: IsoDate = '2026-11-23'): { scaleSet: ScaleSet; progression: CourseProgression } {
  const random = seededRandom(20261123);
  const anchored = defaultScaleSet.scales.filter((scale) => scale.kind === 'anchored');
  const set: ProgressionScale[] = Array.from({ length: scales }, (_, index) => {
    const scale = defaultScaleSet.scales[index];
    if (scale) return scale;
    const copy = anchored[index % anchored.length]!;
    return { ...copy, id: `${copy.id}-${index + 1}`, title: { da: `${copy.title.da} ${index + 1}`, en: `${copy.title.en ?? copy.title.da} ${index + 1}` } };
  });
  const start = addDays(end, -7 * (readingsPerScale - 1));
  const readings: ProgressionReading[] = [];
  for (const scale of set) {
    const { min, max } = scaleRange(scale);
    const whole = scale.kind === 'anchored';
    let level = min + (max - min) * (0.2 + 0.2 * random());
    for (let index = 0; index < readingsPerScale; index++) {
      level = Math.min(max, Math.max(min, level + (max - min) * (random() - 0.45) * 0.12));
      const ratedBy: Rater = index % 2 === 0 ? 'youth' : 'professional';
      readings.push({
        id: `bench-${scale.id}-${index}`,
        scaleId: scale.id,
        value: whole ? Math.round(level) : Math.round(level * 10) / 10,
        date: addDays(start, index * 7),
        ratedBy,
        author: ratedBy === 'youth' ? 'Ung' : 'Medarbejder',
      });
    }
  }
  const annotations: ProgressionAnnotation[] = [];
  for (let index = 0; index * 70 < readingsPerScale * 7; index++) {
    annotations.push({
      id: `bench-an-${index}`,
      date: addDays(start, index * 70 + 3),
      kind: index % 3 === 2 ? 'setback' : 'success',
      text: index % 3 === 2 ? 'Et tilbageslag' : 'En lille succes',
    });
  }
  return {
    scaleSet: { id: 'bench-scales', version: 1, scales: set },
    progression: { readings: readings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), annotations },
  };
}
