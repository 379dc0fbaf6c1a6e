import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Criterion, Messages } from './messages.js';

// Other languages are separate files beside the script, fetched the first time a page needs one,
// so English pages do not download them.
const translations: Record<string, () => Promise<Messages>> = {
  fr: () => import('./fr.js').then((module) => module.fr),
  es: () => import('./es.js').then((module) => module.es),
  ar: () => import('./ar.js').then((module) => module.ar),
};
/** How long a page waits for a language file before it shows English instead. */
const LANGUAGE_FILE_TIMEOUT_MS = 10_000;
const builtIn = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const overrides = new Map<string, Partial<Messages>>();

const languageOf = (locale: string | undefined) => (locale ?? '').trim().toLowerCase().split(/[-_]/)[0]!;

/**
 * Replaces some of the widgets' sentences for a language (`fr`) or a locale (`fr-CA`), e.g.
 * `setMessages('en', { loadMore: 'More impact stories' })`. Lists rendered afterwards use them.
 */
export function setMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.trim().toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...messages });
}

/**
 * Fetches the built-in sentences for `locale` when they are not loaded yet, and returns the wait;
 * undefined when there is nothing to wait for. A file that fails to load leaves English, with a warning.
 */
export function loadMessages(locale: string | undefined): Promise<void> | undefined {
  const language = languageOf(locale);
  const load = translations[language];
  if (!load || builtIn.has(language)) return undefined;
  let waiting = loading.get(language);
  if (!waiting) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${LANGUAGE_FILE_TIMEOUT_MS / 1000} seconds`)), LANGUAGE_FILE_TIMEOUT_MS);
    });
    waiting = Promise.race([load(), timeout])
      .then(
        (messages) => void builtIn.set(language, messages),
        (error: unknown) => {
          console.warn(`impact-stories: could not load the "${language}" sentences, so English is shown. ${String(error)}`);
          builtIn.set(language, en);
        },
      )
      .finally(() => clearTimeout(timer));
    loading.set(language, waiting);
  }
  return waiting;
}

/**
 * The sentences for `locale`: built-in English, French, Spanish or Arabic (else English), then overrides.
 * A language whose file loadMessages() has not finished reading reads as English meanwhile.
 */
export function messagesFor(locale: string | undefined): Messages {
  const language = languageOf(locale);
  return {
    ...(builtIn.get(language) ?? en),
    ...overrides.get(language),
    ...overrides.get((locale ?? '').trim().toLowerCase()),
  };
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** `rtl` for languages written right to left, else `ltr`. */
export const directionOf = (locale: string | undefined): 'rtl' | 'ltr' => (rtlLanguages.has(languageOf(locale)) ? 'rtl' : 'ltr');

/** Wraps text in Unicode isolates, so a URL or a name keeps its own direction inside a sentence. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
