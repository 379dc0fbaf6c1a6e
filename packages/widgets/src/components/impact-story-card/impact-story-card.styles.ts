import { css } from 'lit';
import { tokens } from '../../styles/tokens.js';
import { storyCardStyles } from '../story-card/story-card.styles.js';

export const cardStyles = [
  tokens,
  css`
    :host {
      display: block;
      color-scheme: light;
      color: var(--_text);
    }
  `,
  storyCardStyles,
];
