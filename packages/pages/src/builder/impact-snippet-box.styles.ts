import { css } from 'lit';
import { controlStyles } from './controls.styles.js';

export const snippetBoxStyles = [
  controlStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    label {
      font-weight: 600;
    }
    textarea {
      inline-size: 100%;
      min-block-size: 6rem;
      max-block-size: 20rem;
      field-sizing: content;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_border);
      border-radius: 0.375rem;
      background: #f6f8fa;
      color: inherit;
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.875rem;
      resize: vertical;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
    }
    .message {
      margin: 0;
    }
    .message.copied {
      color: var(--_success);
      font-weight: 600;
    }
  `,
];
