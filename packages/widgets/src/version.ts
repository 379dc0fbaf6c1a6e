/** The library version, so two copies on one page can tell each other apart. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
