import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** One option of a select or radio group. `lang` marks option text written in another language. */
export interface Choice {
  value: string;
  text: string;
  lang?: string;
}

type OnValue = (value: string) => void;
const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export interface SelectFieldOptions {
  id: string;
  label: string;
  value: string;
  choices: Choice[];
  hint?: string;
  onValue: OnValue;
}

export function selectField({ id, label, value, choices, hint, onValue }: SelectFieldOptions) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
    <select id=${id} aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)} @change=${(event: Event) => onValue(valueOf(event))}>
      ${choices.map(
        (choice) =>
          html`<option value=${choice.value} lang=${ifDefined(choice.lang)} .selected=${choice.value === value}>${choice.text}</option>`,
      )}
    </select>
  </div>`;
}

export interface RadioGroupOptions {
  name: string;
  legend: string;
  value: string;
  choices: Choice[];
  onValue: OnValue;
}

export function radioGroup({ name, legend, value, choices, onValue }: RadioGroupOptions) {
  return html`<fieldset class="radios">
    <legend>${legend}</legend>
    ${choices.map(
      (choice) =>
        html`<div class="radio">
          <input
            type="radio"
            id="${name}-${choice.value}"
            name=${name}
            .value=${choice.value}
            .checked=${choice.value === value}
            @change=${(event: Event) => onValue(valueOf(event))}
          />
          <label for="${name}-${choice.value}">${choice.text}</label>
        </div>`,
    )}
  </fieldset>`;
}

export interface InputFieldOptions {
  id: string;
  label: string;
  value: string;
  hint: string;
  /** `number` for a whole number of 1 or more; `url` and `text` otherwise. */
  type?: 'number' | 'url' | 'text';
  /** Shown, and announced with the field, while the value is not acceptable. */
  error?: string;
  onValue: OnValue;
}

export function inputField({ id, label, value, hint, type = 'text', error, onValue }: InputFieldOptions) {
  const describedBy = error ? `${id}-hint ${id}-error` : `${id}-hint`;
  const number = type === 'number';
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <p class="hint" id="${id}-hint">${hint}</p>
    <input
      id=${id}
      type=${type}
      min=${ifDefined(number ? '1' : undefined)}
      step=${ifDefined(number ? '1' : undefined)}
      inputmode=${ifDefined(number ? 'numeric' : undefined)}
      spellcheck=${ifDefined(type === 'url' ? 'false' : undefined)}
      autocomplete="off"
      .value=${value}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy}
      @input=${(event: Event) => onValue(valueOf(event))}
    />
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}
