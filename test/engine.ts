/**
 * The engine running this test file. Only for the few tests that need an automation facility one engine lacks
 * (media emulation, time zones); everything a user sees is tested in every engine.
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

type Engine = typeof engine;

/**
 * `it` in the given engines, `it.skip` in the others: only for a test that needs an automation facility or a
 * reader's setting the other engines' runs lack. Say which, where it is used.
 */
export const itIn = (...engines: Engine[]) => (engines.includes(engine) ? it : it.skip);
