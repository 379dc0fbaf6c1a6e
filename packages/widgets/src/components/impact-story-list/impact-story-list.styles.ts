import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { storyCardStyles } from '../story-card/story-card.styles.js';

export const listStyles = [
  tokens,
  css`
    :host {
      display: block;
      color-scheme: light;
      line-height: 1.5;
    }
    :host([theme]) {
      padding: var(--_spacing);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: var(--_spacing);
    }
    .cards {
      display: flex;
      flex-direction: column;
      gap: var(--_spacing);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .grid .cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--impact-card-min-width, 17rem)), 1fr));
    }
    /* A grid of fewer stories than would fit (few-1 to few-5) shares the width among them, up to 36rem a card. */
    .grid .cards[class*='few-'] {
      grid-template-columns: repeat(
        auto-fill,
        min(100%, max(var(--impact-card-min-width, 17rem), min(36rem, (100% - (var(--_few) - 1) * var(--_spacing)) / var(--_few) - 0.1px)))
      );
    }
    .few-1 {
      --_few: 1;
    }
    .few-2 {
      --_few: 2;
    }
    .few-3 {
      --_few: 3;
    }
    .few-4 {
      --_few: 4;
    }
    .few-5 {
      --_few: 5;
    }
    .compact .cards {
      gap: calc(var(--_spacing) / 2);
    }
    .group {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_spacing) / 2);
    }
    .group-heading {
      margin: 0;
      font-size: 1.5em;
      line-height: 1.25;
    }
    .status:focus {
      outline: none;
    }
    .status.empty,
    .status.error {
      overflow-wrap: anywhere;
      padding: var(--_spacing);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
      margin-block-end: var(--_spacing);
    }
    .status.error {
      border-inline-start: 0.375rem solid var(--_danger);
    }
    button {
      align-self: flex-start;
      box-sizing: border-box;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
      padding: 0.5em 1.25em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    button:hover {
      background: var(--_accent);
      color: var(--_background);
    }
    button,
    a {
      scroll-margin-block: var(--impact-scroll-margin, 6rem);
    }
    button:focus-visible,
    .media-contact a:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    /* A themed list paints its own background behind the fallback: links keep the theme's colour, not the browser's blue. */
    :host([theme]) ::slotted(a) {
      color: var(--_accent);
    }
    .media-contact {
      margin: 0;
      font-size: 0.875em;
    }
    .media-contact a {
      color: inherit;
      text-decoration: underline;
      overflow-wrap: anywhere;
      display: inline-block;
      min-block-size: 1.5rem;
    }
    .placeholder-card .bone {
      display: block;
      inline-size: 75%;
      block-size: 1lh;
      background: repeating-linear-gradient(transparent 0 0.2lh, var(--_bone) 0 0.85lh, transparent 0 1lh);
    }
    .placeholder-card .summary {
      inline-size: 100%;
      block-size: calc(var(--impact-summary-lines, 4) * 1lh);
    }
    .bone.date {
      inline-size: 9em;
    }
    .grid .bone.title {
      block-size: 2lh;
    }
    .placeholder-card .meta {
      inline-size: 6em;
      border-radius: 1em;
      background: var(--_bone);
    }
    .placeholder-card .placeholder-text {
      inline-size: auto;
      background: none;
      color: var(--_text);
      font-weight: 400;
    }
    .placeholder-heading {
      display: block;
      inline-size: 4em;
      block-size: 1.875em;
      border-radius: 0.25em;
      background: var(--_bone);
    }
    @media (forced-colors: active) {
      /* Only the empty and error messages have a border. */
      .status {
        border-color: CanvasText;
      }
      button {
        border-color: ButtonText;
      }
    }
  `,
  storyCardStyles,
];
