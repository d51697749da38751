// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfCriteriaQuestionnaire } from './criteria-questionnaire.js';
import { UfCriteriaSummary } from './criteria-summary.js';

export { UfCriteriaQuestionnaire, UfCriteriaSummary };
export type { QuestionnaireLayout } from './criteria-questionnaire.js';
// Also types the widgets' events (uf-questionnaire-loaded, uf-questionnaire-submitted, uf-error) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-criteria-questionnaire')) customElements.define('uf-criteria-questionnaire', UfCriteriaQuestionnaire);
if (!customElements.get('uf-criteria-summary')) customElements.define('uf-criteria-summary', UfCriteriaSummary);

declare global {
  interface HTMLElementTagNameMap {
    'uf-criteria-questionnaire': UfCriteriaQuestionnaire;
    'uf-criteria-summary': UfCriteriaSummary;
  }
}
