/** Constants for tests that must not register the elements from source. */
export const SAMPLE_FEED = '/sample/impact-stories.json';

/** The six Skills 21 stories of the sample feed, newest first. */
export const SKILLS_21_TITLES = [
  'Mastering the sewing machine with dwarfism',
  'Wiring dreams to earn more',
  'Child marriage didn’t stop Reshma to become an entrepreneur',
  'Recognition of skills transformed Shahadat’s life',
  'When the vision is clear strategy is easy',
  'A boost to skills training in Bangladesh',
];
