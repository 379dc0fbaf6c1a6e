/** What went wrong, in a form a page can branch on. */
export type FeedErrorKind = 'no-feed' | 'network' | 'timeout' | 'http' | 'not-json' | 'not-json-feed' | 'not-xml-feed' | 'too-large';

/** A feed that cannot be shown at all. `message` is written for page authors. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** True for failures that trying again can mend: the network, a timeout, a server error (5xx) or too many requests (429). */
export const canRetry = ({ kind, status = 0 }: FeedError) => kind === 'network' || kind === 'timeout' || status >= 500 || status === 429;
