/**
 * The engine running this test file. Only for the few tests that need an automation facility one engine lacks
 * (media emulation, time zones); everything a user sees is tested in every engine.
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** `it` where the engine's automation can emulate CSS media features (Chromium's CDP), `it.skip` elsewhere. */
export const itWithMediaEmulation = engine === 'chromium' ? it : it.skip;
