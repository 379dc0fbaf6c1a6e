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

/**
 * What `run` writes with console.warn, the arguments of each call joined as text (`run` sees them as they come);
 * console.warn is restored after.
 */
export async function consoleWarnings(run: (warnings: string[]) => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run(warnings);
  } finally {
    console.warn = original;
  }
  return warnings;
}
