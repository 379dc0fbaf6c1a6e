/** What went wrong, in a form a page can branch on. */
export type FeedErrorKind = 'no-feed' | 'network' | 'timeout' | 'http' | 'not-json' | 'not-json-feed';

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
