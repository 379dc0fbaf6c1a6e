import { tokens } from '../../styles/tokens.js';
import { css } from '../../styles/css.js';
import { storyCardStyles } from '../story-card.styles.js';

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
