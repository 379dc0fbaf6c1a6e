import { css } from 'lit';

/** Form controls and buttons shared by the builder's elements: 44px targets, a visible focus ring. */
export const controlStyles = css`
  :host {
    --_text: #1b1f24;
    --_muted: #57606a;
    --_border: #6e7781;
    --_accent: #0b5cad;
    --_focus: #0b5cad;
    --_error: #b3261e;
    --_success: #116329;
    color: var(--_text);
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  input,
  select,
  textarea,
  button {
    box-sizing: border-box;
    font: inherit;
  }
  input:not([type='radio'], [type='checkbox']),
  select {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: #fff;
    color: inherit;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  button {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: 0.375rem;
    background: var(--_accent);
    color: #fff;
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: #08427d;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
