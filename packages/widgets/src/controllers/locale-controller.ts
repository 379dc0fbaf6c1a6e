import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { textOf } from 'impact-stories-core/attributes/attribute-values';
import { inheritedLocale, languageTag } from '../format/locale.js';
import { loadMessages, messagesFor, type Messages } from '../format/messages/index.js';
import { warnLater } from 'impact-stories-core/warn-later';

type Host = ReactiveControllerHost & HTMLElement & { locale?: unknown };

export interface LocaleOptions {
  /**
   * True for an element that shows its loading state until its first sentences arrive, and keeps the
   * language it shows until a newly chosen one's sentences arrive (a list). False for one that shows at
   * once, in English labels meanwhile, and relabels itself (a card).
   */
  waitForText: boolean;
}

/**
 * The language an element shows: its `locale` property, else the nearest `lang`. The built-in sentences
 * of other languages than English are files of their own, loaded the first time an element needs one; the
 * element updates again when they arrive, and its updateComplete waits for them (see `settled`).
 */
export class LocaleController implements ReactiveController {
  /** The language shown, e.g. `fr-CA`. */
  locale = 'en';
  /** The `locale` the page chose, behind `locale`; undefined when the language is inherited. */
  chosen?: string;
  /** True while the element waits for its first sentences. */
  waiting = false;
  #shown = false;
  #loading?: Promise<void>;

  constructor(
    private readonly host: Host,
    private readonly options: LocaleOptions,
  ) {
    host.addController(this);
  }

  /** The sentences of the language shown. */
  get text(): Messages {
    return messagesFor(this.locale);
  }

  hostUpdate(): void {
    const asked = textOf(this.host.locale);
    const chosen = languageTag(asked);
    if (asked && !chosen) warnLater((warnings) => warnings.warnIgnoredLocale(this.host.localName, asked));
    const locale = chosen ?? inheritedLocale(this.host);
    const loading = loadMessages(locale);
    if (loading && loading !== this.#loading) {
      this.#loading = loading;
      loading.then(() => {
        if (this.#loading === loading) this.#loading = undefined;
        this.host.requestUpdate();
      });
    }
    const keepShown = this.options.waitForText && loading;
    this.waiting = !!keepShown && !this.#shown;
    if (!keepShown || !this.#shown) {
      this.locale = locale;
      this.chosen = chosen;
    }
  }

  hostUpdated(): void {
    if (!this.waiting) this.#shown = true;
  }

  /** Resolves once no sentences the element asked for are still on their way. */
  async settled(): Promise<void> {
    while (this.#loading) await this.#loading;
  }
}
