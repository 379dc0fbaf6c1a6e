import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { safeHttpUrl, safeMailtoUrl } from 'impact-stories-core/feed/safe-url';
import type { FeedHead, Story } from 'impact-stories-core/feed/story';
import { formatStoryDate } from '../../format/format-date.js';
import { directionOf, type Messages } from '../../format/messages/index.js';
import type { StoryGroup } from '../../select/select-stories.js';
import { heading } from '../story-card/heading.js';
import { storyCard, type StoryCardOptions, type StoryLayout } from '../story-card/story-card.js';

export type ListStatus = 'loading' | 'loaded' | 'empty' | 'error';

/** The list's frame: the status region, announced (and, while loading or loaded, only heard), then the body. */
export function listFrame(
  status: ListStatus,
  chosenLocale: string | undefined,
  layout: StoryLayout,
  message: unknown,
  body: unknown,
): TemplateResult {
  const heardOnly = status === 'loaded' || status === 'loading';
  return html`<div class="root" lang=${chosenLocale ?? nothing} dir=${chosenLocale ? directionOf(chosenLocale) : nothing}>
    <div part="status" role="status" tabindex="-1" class="status ${status}${heardOnly ? ' visually-hidden' : ''}">${message}</div>
    <div class="body ${layout}">${body}</div>
  </div>`;
}

/** The class of a grid with `count` stories, when there may be room for more columns than stories. */
const fewClass = (count: number) => (count < 6 ? ` few-${count}` : '');

const cardList = (stories: Story[], cards: StoryCardOptions, few: string) =>
  html`<ul part="list" class="cards${few}" role="list">
    ${repeat(
      stories,
      (story) => story.id,
      (story) => html`<li>${storyCard(story, cards)}</li>`,
    )}
  </ul>`;

/** The stories as one list of cards, or under year or month headings of `level` when grouped. */
export function storyLists(groups: StoryGroup[] | undefined, stories: Story[], level: number, cards: StoryCardOptions): unknown {
  // Every group's grid has the columns of the largest group, so cards keep one width down the list.
  const few = fewClass(groups ? Math.max(...groups.map((group) => group.stories.length)) : stories.length);
  if (!groups) return cardList(stories, cards, few);
  return repeat(
    groups,
    (group) => group.key,
    (group) => html`<div class="group">${heading(level, 'group-heading', group.label)}${cardList(group.stories, cards, few)}</div>`,
  );
}

export const loadMoreButton = (text: Messages, busy: boolean, onClick: () => void) =>
  html`<button part="load-more" class="load-more" type="button" aria-busy=${busy ? 'true' : 'false'} @click=${onClick}>${text.loadMore}</button>`;

/** The error state's Retry button, only for a failure that trying again can mend, then the list's own children (the page's fallback content). */
export const errorActions = (text: Messages, onRetry: (() => void) | undefined) =>
  html`${onRetry ? html`<button part="retry" class="retry" type="button" @click=${onRetry}>${text.retry}</button>` : nothing}
    <div class="fallback"><slot></slot></div>`;

/** The feed's media contact: an e-mail (`mailto:`) or http(s) link, with the contact's name when known. */
export function mediaContactLine(head: FeedHead | undefined, text: Messages): TemplateResult | typeof nothing {
  const contact = head?.mediaContact;
  if (!contact) return nothing;
  // Checked again here: a copy saved on the device is read back as it was written.
  const href = safeMailtoUrl(contact.email) ?? safeHttpUrl(contact.url);
  const label = contact.email ?? contact.name ?? contact.url;
  const name = contact.email && contact.name;
  const nameAndComma = name ? html`<bdi>${name}</bdi>${', '}` : nothing;
  const link = href ? html`<a href=${href}>${label ?? href}</a>` : label;
  return html`<p part="media-contact" class="media-contact">${`${text.mediaContact} `}${nameAndComma}${link}</p>`;
}

/**
 * Placeholder cards in the geometry of the layout's cards (photo area, title, date, summary lines, meta chip),
 * under a placeholder heading when grouped, so the cards and headings that replace them start where they were.
 * `expected` is the number of cards to come, when known. The first shows the loading message (the status region announces it) where its title will be.
 */
export function placeholder(layout: StoryLayout, count: number, expected: number, grouped: boolean, loadingText: string): TemplateResult {
  const media = layout === 'compact' ? nothing : html`<span class="figure"></span>`;
  const summary = layout === 'compact' ? nothing : html`<span class="bone summary"></span>`;
  const cards = Array.from({ length: count }, (_, index) => {
    const text = index === 0 ? loadingText : '';
    return html`<li><div class="card ${layout} has-media placeholder-card"><span class="text"><span class="bone title${text ? ' placeholder-text' : ''}">${text}</span><span class="bone date"></span>${summary}<span class="bone meta"></span></span>${media}</div></li>`;
  });
  const list = html`<ul class="cards placeholder${grouped ? '' : fewClass(expected)}" aria-hidden="true">${cards}</ul>`;
  return grouped ? html`<div class="group" aria-hidden="true"><span class="placeholder-heading"></span>${list}</div>` : list;
}

let prepared = false;

/**
 * Prepares the date formatters while the feed downloads: a page's first use of Intl takes tens of milliseconds,
 * which the first cards would otherwise wait for.
 */
export function prepareDates(locale: string): void {
  if (prepared) return;
  prepared = true;
  formatStoryDate({ iso: '', time: 0, day: 0 }, locale);
}
