import { css } from 'lit';

/** The look of a story card, shared by `<impact-story-card>` and the cards `<impact-story-list>` renders itself. */
export const storyCardStyles = css`
  .card {
    position: relative;
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) * 0.75);
    padding: var(--_spacing);
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    line-height: 1.5;
  }
  .card:hover,
  .card:focus-within {
    border-color: var(--_accent);
    box-shadow: 0 0.25rem 1rem -0.25rem rgb(0 0 0 / 0.25);
  }
  .text {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_spacing) / 2);
    min-inline-size: 0;
  }
  .title {
    margin: 0;
    font-size: var(--impact-title-size, 1.1875em);
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: -0.01em;
    text-wrap: balance;
    unicode-bidi: isolate;
  }
  .title a {
    color: var(--_accent);
    text-decoration: none;
    text-underline-offset: 0.15em;
    scroll-margin-block: var(--impact-scroll-margin, 6rem);
  }
  .card:hover .title a,
  .title a:focus-visible {
    text-decoration-line: underline;
    text-decoration-thickness: 2px;
  }
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
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
    --_lines: var(--impact-summary-lines, 4);
    margin: 0;
    max-inline-size: 70ch;
  }
  .grid .summary,
  .list .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    line-clamp: var(--_lines);
    overflow: hidden;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em 0.75em;
    margin-block-start: auto;
  }
  .meta + .meta {
    margin-block-start: 0;
  }
  .meta > span,
  .credit {
    unicode-bidi: isolate;
  }
  .chip {
    padding: 0.125em 0.625em;
    border-radius: 1em;
    background: var(--_tint);
    color: var(--_text);
    font-weight: 600;
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    margin-inline-end: 0.25em;
    vertical-align: -0.125em;
    fill: currentColor;
  }
  .figure {
    order: -1;
    box-sizing: border-box;
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    margin: 0;
    aspect-ratio: var(--impact-image-aspect-ratio, 3 / 2);
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    background: var(--_tint);
  }
  .figure > * {
    grid-area: 1 / 1;
  }
  .image {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .credit {
    align-self: end;
    justify-self: end;
    max-inline-size: calc(100% - 1em);
    margin: 0.5em;
    padding: 0 0.5em;
    border-radius: 0.25em;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-size: 0.75em;
    line-height: 1.6;
  }
  .no-photo {
    align-items: end;
    padding: var(--_spacing);
    background:
      radial-gradient(circle at var(--_circle-at, 100% 0), var(--_tint-strong) 0 35%, transparent calc(35% + 1px)),
      var(--_tint);
    color: var(--_accent);
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .no-photo:dir(rtl) {
    --_circle-at: 0 0;
  }
  .card.compact {
    padding: calc(var(--_spacing) / 2) var(--_spacing);
    gap: 0.125em;
  }
  .compact .title {
    font-size: 1em;
  }
  /* A list card puts its photo beside the text when the card is wide enough, else above it,
       without a container query (flex wrapping is much cheaper to lay out). */
  .list.has-media {
    flex-flow: row wrap;
    align-items: flex-start;
    column-gap: var(--_spacing);
  }
  .list.has-media > .figure {
    flex: 1 1 14rem;
  }
  .list.has-media > .text {
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
    .no-photo {
      border: 1px solid CanvasText;
    }
  }
`;
