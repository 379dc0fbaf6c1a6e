/** Constants for tests that must not register the elements from source. */
export const SAMPLE_FEED = '/sample/impact-stories.json';
