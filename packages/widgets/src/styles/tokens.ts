import { css } from 'lit';

/** Colour, type and shape tokens. Each reads its `--impact-*` custom property first. */
export const tokens = css`
  :host {
    --_text: var(--impact-color-text, light-dark(#1b1f24, #e6edf3));
    --_muted: var(--impact-color-muted, light-dark(#57606a, #9ea8b3));
    --_background: var(--impact-color-background, light-dark(#ffffff, #161b22));
    --_surface: var(--impact-color-surface, light-dark(#f6f8fa, #0d1117));
    --_border: var(--impact-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--impact-color-accent, light-dark(#0b5cad, #79b8ff));
    --_focus: var(--impact-color-focus, light-dark(#0b5cad, #79b8ff));
    --_radius: var(--impact-radius, 0.75rem);
    --_spacing: var(--impact-spacing, 1rem);
    --_tint: var(--impact-color-tint, color-mix(in srgb, var(--_accent) 12%, var(--_background)));
    --_tint-strong: color-mix(in srgb, var(--_accent) 10%, var(--_tint));
    --_bone: color-mix(in srgb, var(--_muted) 40%, var(--_background));
    --_danger: var(--impact-color-danger, light-dark(#b3261e, #ff8a80));
    font-family: var(--impact-font-family, inherit);
  }
  :host(:state(default-font)) {
    font-family: var(--impact-font-family, system-ui, sans-serif);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='auto']:state(page-scheme)) {
    color-scheme: inherit;
  }
  :host([hidden]) {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
