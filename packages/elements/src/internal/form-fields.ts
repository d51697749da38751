import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One labelled form field: its id, label, optional hint, and the problem to show (if any). */
export interface FieldSpec {
  id: string;
  label: string;
  hint?: string;
  /** The translated problem; shown under the field and tied to it with aria-describedby. */
  problem?: string | undefined;
  required?: boolean;
}

const describedBy = (spec: FieldSpec) => [spec.hint ? `${spec.id}-hint` : '', spec.problem ? `${spec.id}-problem` : ''].filter(Boolean).join(' ') || nothing;

/** The label, hint and problem around a control, the same way in every form of every widget. */
function field(spec: FieldSpec, control: TemplateResult): TemplateResult {
  return html`
    <div class="field">
      <label for=${spec.id}>${spec.label}</label>
      ${spec.hint ? html`<p id=${`${spec.id}-hint`} class="hint">${spec.hint}</p>` : nothing}
      ${control}
      ${spec.problem ? html`<p id=${`${spec.id}-problem`} class="field-problem">${spec.problem}</p>` : nothing}
    </div>
  `;
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

/** A one-line text or date input. `live` keeps what the user typed when a render carries an older value. */
export function inputField(
  spec: FieldSpec,
  value: string,
  onInput: (value: string) => void,
  options: { type?: 'text' | 'date' | 'datetime-local'; maxlength?: number; list?: string; max?: string } = {},
): TemplateResult {
  return field(
    spec,
    html`<input
      id=${spec.id}
      type=${options.type ?? 'text'}
      maxlength=${options.maxlength ?? nothing}
      list=${options.list ?? nothing}
      max=${options.max ?? nothing}
      ?required=${spec.required}
      aria-invalid=${spec.problem ? 'true' : 'false'}
      aria-describedby=${describedBy(spec)}
      .value=${live(value)}
      @input=${(event: Event) => onInput(valueOf(event))}
    />`,
  );
}

export function textareaField(
  spec: FieldSpec,
  value: string,
  onInput: (value: string) => void,
  options: { rows?: number; maxlength?: number } = {},
): TemplateResult {
  return field(
    spec,
    html`<textarea
      id=${spec.id}
      rows=${options.rows ?? 3}
      maxlength=${options.maxlength ?? nothing}
      ?required=${spec.required}
      aria-invalid=${spec.problem ? 'true' : 'false'}
      aria-describedby=${describedBy(spec)}
      .value=${live(value)}
      @input=${(event: Event) => onInput(valueOf(event))}
    ></textarea>`,
  );
}

/** A select of `[value, label]` options; `placeholder` adds an empty first choice. */
export function selectField(
  spec: FieldSpec,
  value: string,
  options: readonly (readonly [string, string])[],
  onChange: (value: string) => void,
  placeholder?: string,
): TemplateResult {
  return field(
    spec,
    html`<select
      id=${spec.id}
      ?required=${spec.required}
      aria-invalid=${spec.problem ? 'true' : 'false'}
      aria-describedby=${describedBy(spec)}
      @change=${(event: Event) => onChange(valueOf(event))}
    >
      ${placeholder !== undefined ? html`<option value="" .selected=${live(value === '')}>${placeholder}</option>` : nothing}
      ${options.map(([option, label]) => html`<option value=${option} .selected=${live(value === option)}>${label}</option>`)}
    </select>`,
  );
}

/**
 * Radio buttons in a fieldset with its legend: each choice is its label too, a target as high as a
 * control (large enough for a thumb on a phone). `problem` is said under the legend and marks the group.
 */
export function radioGroup<V extends string>(
  spec: { id: string; legend: string; problem?: string | undefined; required?: boolean },
  value: V | '',
  options: readonly (readonly [V, string])[],
  onChange: (value: V) => void,
): TemplateResult {
  // The problem is tied to each radio as well as the group: a screen reader says it when focus lands on one.
  return html`<fieldset id=${spec.id} class=${spec.problem ? 'choices invalid' : 'choices'} aria-describedby=${spec.problem ? `${spec.id}-problem` : nothing}>
    <legend>${spec.legend}</legend>
    ${spec.problem ? html`<p id=${`${spec.id}-problem`} class="field-problem">${spec.problem}</p>` : nothing}
    ${options.map(
      ([option, label]) => html`<label class="choice">
        <input
          type="radio"
          name=${spec.id}
          value=${option}
          ?required=${spec.required}
          aria-invalid=${spec.problem ? 'true' : 'false'}
          aria-describedby=${spec.problem ? `${spec.id}-problem` : nothing}
          .checked=${live(value === option)}
          @change=${() => onChange(option)}
        />
        ${label}
      </label>`,
    )}
  </fieldset>`;
}

/** A checkbox with its label beside it. */
export function checkField(spec: { id: string; label: string }, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
  return html`<div class="check">
    <input id=${spec.id} type="checkbox" .checked=${live(checked)} @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)} />
    <label for=${spec.id}>${spec.label}</label>
  </div>`;
}
