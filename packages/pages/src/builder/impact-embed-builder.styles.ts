import { css } from 'lit';
import { controlStyles } from './controls.styles.js';

export const builderStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    /* Wide screens: settings and snippets on one side, the preview beside them, in view while settings change. */
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 2rem;
    }
    @media (min-width: 60rem) {
      .layout {
        grid-template-columns: minmax(20rem, 26rem) minmax(0, 1fr);
        grid-template-areas: 'settings preview' 'snippets preview';
        align-items: start;
      }
      .settings {
        grid-area: settings;
      }
      .snippets {
        grid-area: snippets;
      }
      .preview {
        grid-area: preview;
        grid-row: 1 / span 2;
        position: sticky;
        inset-block-start: 1rem;
        max-block-size: calc(100vh - 2rem);
        overflow: auto;
      }
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.375rem;
      line-height: 1.25;
    }
    p {
      margin: 0;
    }
    .settings,
    .snippets,
    .snippet-group {
      display: flex;
      flex-direction: column;
      gap: 1.25rem;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      gap: 1rem;
      margin: 0;
      padding: 0.75rem 1rem 1rem;
      border: 1px solid var(--_border);
      border-radius: 0.5rem;
    }
    legend {
      padding-inline: 0.25rem;
      font-weight: 700;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .field > label {
      font-weight: 600;
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .inline input {
      flex: 1 1 12rem;
      inline-size: auto;
    }
    .radios {
      gap: 0.25rem;
    }
    .radio,
    .checkbox {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 2.75rem;
    }
    .radio label,
    .checkbox label {
      padding-block: 0.5rem;
      cursor: pointer;
    }
    .preview {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      padding: 1rem;
      border: 2px dashed var(--_border);
      border-radius: 0.5rem;
    }
  `,
];
