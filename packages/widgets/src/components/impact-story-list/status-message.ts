import { html } from 'lit';
import type { FeedError } from 'impact-stories-core/feed/feed-error';
import { supportedLocale } from '../../format/locale.js';
import { isolate, type Criterion, type Messages } from '../../format/messages/index.js';
import { textOf } from 'impact-stories-core/attributes/attribute-values';
import type { ListStatus } from './list-view.js';

export interface StatusFacts {
  status: ListStatus;
  text: Messages;
  locale: string;
  /** Why the feed could not be shown (error), or its next page could not be read (loaded). */
  error?: FeedError;
  /** The filters given, for the empty state's sentence. */
  filters: Record<Criterion, unknown>;
  /** How many stories the last Load more added; 0 for none. */
  moreLoaded: number;
}

function emptyMessage({ text, locale, filters }: StatusFacts): string {
  const criteria = (Object.keys(filters) as Criterion[])
    .filter((name) => textOf(filters[name]))
    .map((name) => `${text.criterion[name]} ${isolate(textOf(filters[name]))}`);
  if (!criteria.length) return text.noStories;
  return text.noStoriesFor(new Intl.ListFormat(supportedLocale(locale)).format(criteria));
}

/** Why the stories cannot be shown: the technical reason in English, after a sentence in the reader's language. */
function errorMessage(error: FeedError, text: Messages): unknown {
  // No feed, or an address that is not http(s): the problem itself, in the reader's language.
  if (error.kind === 'no-feed') return error.url ? text.badFeedUrl(error.url) : text.noFeed;
  return text.couldNotLoad ? [text.couldNotLoad, ' ', html`<span lang="en" dir="ltr">${error.message}</span>`] : error.message;
}

/** What the status region says (and screen readers announce) in each state. */
export function statusMessage(facts: StatusFacts): unknown {
  const { status, text, locale, error, moreLoaded } = facts;
  switch (status) {
    case 'loading':
      return text.loading;
    case 'empty':
      return emptyMessage(facts);
    case 'error':
      return error ? errorMessage(error, text) : '';
    default:
      if (error) return errorMessage(error, text);
      return moreLoaded ? text.moreLoaded(moreLoaded, moreLoaded.toLocaleString(supportedLocale(locale))) : '';
  }
}
