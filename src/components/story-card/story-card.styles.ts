import { css } from 'lit';

/** The look of a story card, shared by `<impact-story-card>` and the cards `<impact-story-list>` renders itself. */
export const storyCardStyles = css`
  .card {
    position: relative;
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    padding: var(--_spacing);
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    line-height: 1.5;
  }
  .card:hover {
    border-color: var(--_accent);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    unicode-bidi: isolate;
  }
  .title a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    scroll-margin-block: var(--impact-scroll-margin, 6rem);
  }
  .title a:hover {
    text-decoration-thickness: 2px;
  }
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .title a:focus {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .date,
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .meta > span,
  .credit {
    unicode-bidi: isolate;
  }
  .figure {
    order: -1;
    margin: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--impact-image-aspect-ratio, 3 / 2);
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .credit {
    margin-block-start: 0.25em;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .compact {
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    gap: 0.125em;
  }
  .compact .title {
    font-size: 1em;
  }
  .text {
    display: flex;
    flex-direction: column;
    gap: inherit;
    min-inline-size: 0;
  }
  /* A list card puts its photo beside the text when the card is wide enough, else above it,
       without a container query (flex wrapping is much cheaper to lay out). */
  .list.has-image {
    flex-flow: row wrap;
    align-items: flex-start;
    column-gap: var(--_spacing);
  }
  .list.has-image > .figure {
    flex: 1 1 14rem;
  }
  .list.has-image > .text {
    flex: 999 1 0;
    min-inline-size: 55%;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .title a:focus-visible::after {
      outline-color: Highlight;
    }
  }
`;
