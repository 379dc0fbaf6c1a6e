import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';

export type { Criterion, Messages } from './messages.js';

const builtIn: Record<string, Messages> = { en, fr, es, ar };
const overrides = new Map<string, Partial<Messages>>();

const languageOf = (locale: string | undefined) => (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];

/**
 * Replaces some of the widgets' sentences for a language (`fr`) or a locale (`fr-CA`), e.g.
 * `setMessages('en', { loadMore: 'More impact stories' })`. Lists rendered afterwards use them.
 */
export function setMessages(locale: string, messages: Partial<Messages>): void {
  const key = locale.trim().toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...messages });
}

/** The sentences for `locale`: built-in English, French, Spanish or Arabic (else English), then overrides. */
export function messagesFor(locale: string | undefined): Messages {
  const language = languageOf(locale);
  return {
    ...(builtIn[language] ?? en),
    ...overrides.get(language),
    ...overrides.get((locale ?? '').trim().toLowerCase()),
  };
}

const rtlLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** `rtl` for languages written right to left, else `ltr`. */
export const directionOf = (locale: string | undefined): 'rtl' | 'ltr' => (rtlLanguages.has(languageOf(locale)) ? 'rtl' : 'ltr');

/** Wraps text in Unicode isolates, so a URL or a name keeps its own direction inside a sentence. */
export const isolate = (text: string) => `\u2068${text}\u2069`;
