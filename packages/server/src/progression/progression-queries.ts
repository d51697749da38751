import { CourseProgression, formatIssuePath, type ProgressionAnnotation, type ProgressionReading } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';

interface ReadingRow {
  id: string;
  scale_id: string;
  value: number;
  reading_date: string;
  rated_by: string;
  author: string;
  note: string | null;
}

interface AnnotationRow {
  id: string;
  annotation_date: string;
  kind: string;
  text: string;
}

/** How adding under a client-made id ended: stored now, stored before with the same content (a retry), or the id holds something else. */
export type AddOutcome<T> = { kind: 'created'; entry: T } | { kind: 'replayed'; entry: T } | { kind: 'id-taken' };

const READING_COLUMNS = 'id, scale_id, value, reading_date, rated_by, author, note';
const ANNOTATION_COLUMNS = 'id, annotation_date, kind, text';

export async function courseExists(db: Queryable, courseId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM courses WHERE id = $1', [courseId])).length > 0;
}

/** The course's readings and annotations, oldest first (and in arrival order within a day). */
export async function findProgression(db: Queryable, courseId: string): Promise<CourseProgression> {
  const readings = await db.query<ReadingRow>(`SELECT ${READING_COLUMNS} FROM progression_readings WHERE course_id = $1 ORDER BY reading_date, seq`, [
    courseId,
  ]);
  const annotations = await db.query<AnnotationRow>(
    `SELECT ${ANNOTATION_COLUMNS} FROM progression_annotations WHERE course_id = $1 ORDER BY annotation_date, seq`,
    [courseId],
  );
  const parsed = CourseProgression.safeParse({ readings: readings.map(readingFrom), annotations: annotations.map(annotationFrom) });
  if (!parsed.success)
    throw new ContractDriftError(
      'CourseProgression',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  return parsed.data;
}

/**
 * Appends a reading under its client-made id. INSERT … ON CONFLICT DO NOTHING makes a concurrent
 * retry wait on the primary key until the first commits, then find it: never two readings, and
 * no read-then-write race. A retry may come from another device of the same person, so only the
 * reading itself is compared, not who recorded it.
 */
export async function addReading(db: Queryable, courseId: string, reading: ProgressionReading): Promise<AddOutcome<ProgressionReading>> {
  const inserted = await db.query(
    `INSERT INTO progression_readings (course_id, ${READING_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (course_id, id) DO NOTHING RETURNING id`,
    [courseId, reading.id, reading.scaleId, reading.value, reading.date, reading.ratedBy, reading.author, reading.note ?? null],
  );
  if (inserted.length > 0) return { kind: 'created', entry: reading };
  const [row] = await db.query<ReadingRow>(`SELECT ${READING_COLUMNS} FROM progression_readings WHERE course_id = $1 AND id = $2`, [courseId, reading.id]);
  const stored = readingFrom(row!);
  const same =
    stored.scaleId === reading.scaleId &&
    stored.value === reading.value &&
    stored.date === reading.date &&
    stored.ratedBy === reading.ratedBy &&
    stored.note === reading.note;
  return same ? { kind: 'replayed', entry: stored } : { kind: 'id-taken' };
}

/** Appends an annotation under its client-made id; see {@link addReading}. */
export async function addAnnotation(db: Queryable, courseId: string, annotation: ProgressionAnnotation): Promise<AddOutcome<ProgressionAnnotation>> {
  const inserted = await db.query(
    `INSERT INTO progression_annotations (course_id, ${ANNOTATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (course_id, id) DO NOTHING RETURNING id`,
    [courseId, annotation.id, annotation.date, annotation.kind, annotation.text],
  );
  if (inserted.length > 0) return { kind: 'created', entry: annotation };
  const [row] = await db.query<AnnotationRow>(`SELECT ${ANNOTATION_COLUMNS} FROM progression_annotations WHERE course_id = $1 AND id = $2`, [
    courseId,
    annotation.id,
  ]);
  const stored = annotationFrom(row!);
  const same = stored.date === annotation.date && stored.kind === annotation.kind && stored.text === annotation.text;
  return same ? { kind: 'replayed', entry: stored } : { kind: 'id-taken' };
}

function readingFrom(row: ReadingRow): ProgressionReading {
  return {
    id: row.id,
    scaleId: row.scale_id,
    value: Number(row.value),
    date: row.reading_date,
    ratedBy: row.rated_by as ProgressionReading['ratedBy'],
    author: row.author,
    ...(row.note === null ? {} : { note: row.note }),
  };
}

function annotationFrom(row: AnnotationRow): ProgressionAnnotation {
  return { id: row.id, date: row.annotation_date, kind: row.kind as ProgressionAnnotation['kind'], text: row.text };
}
