import { QuestionnaireStore, type QuestionnaireState, type SubjectKind } from '@ungeforlob/sdk';
import { CourseStoreController, type CourseWidget } from '../controllers/course-store-controller.js';
import type { StoreChange } from '../controllers/store-controller.js';

/** What both questionnaire widgets say about what they show: a course's or an offer's answers to one definition. */
export interface QuestionnaireWidget extends CourseWidget {
  subjectKind: SubjectKind;
  /** The offer's id when `subjectKind` is `offer`. */
  subject: string | undefined;
  /** The definition's id. */
  definition: string;
}

/**
 * The SDK store for the widget's subject, made anew when the subject, definition or client
 * changes: one store per `kind:id:definition` (none of the three can hold a colon).
 */
export function questionnaireController(
  host: QuestionnaireWidget,
  onChange?: StoreChange<QuestionnaireState>,
  onReplace?: () => void,
  options: { loadDraft?: boolean } = {},
) {
  return new CourseStoreController<QuestionnaireState, QuestionnaireStore>(host, {
    subject: (providedCourse) => {
      const id = host.subjectKind === 'offer' ? host.subject : host.course || providedCourse;
      return id ? `${host.subjectKind}:${id}:${host.definition}` : undefined;
    },
    create: (client, key) => {
      const [kind, id, definitionId] = key.split(':') as [SubjectKind, string, string];
      return new QuestionnaireStore({ client, definitionId, subject: { kind, id }, ...options });
    },
    ...(onChange ? { onChange } : {}),
    ...(onReplace ? { onReplace } : {}),
  });
}
