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
  options: { type?: 'text' | 'date'; maxlength?: number; list?: string } = {},
): TemplateResult {
  return field(
    spec,
    html`<input
      id=${spec.id}
      type=${options.type ?? 'text'}
      maxlength=${options.maxlength ?? nothing}
      list=${options.list ?? nothing}
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
