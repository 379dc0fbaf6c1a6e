import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import 'impact-stories-widgets/impact-story-list-define';
import './impact-snippet-box-define.js';
import { positiveInteger } from 'impact-stories-core/attributes/attribute-values';
import type { StoriesErrorDetail, StoriesLoadDetail } from 'impact-stories-widgets/internal/components/impact-story-list/impact-story-list';
import { defaultFeed } from 'impact-stories-widgets/internal/feed/default-feed';
import { safeHttpUrl } from 'impact-stories-core/feed/safe-url';
import type { Feed } from 'impact-stories-core/feed/story';
import { allOr, groupByChoices, headingLevelChoices, layoutChoices, localeChoices, themeChoices } from './builder-choices.js';
import { feedChoices, keepIfOffered, mergeChoices, noChoices, splitChoices, type FeedChoices } from './feed-choices.js';
import { inputField, radioGroup, selectField } from './form-fields.js';
import { builderStyles } from './impact-embed-builder.styles.js';
import {
  defaultSettings,
  frameTitle,
  IFRAME_HEIGHT,
  iframeSnippet,
  scriptSnippet,
  type EmbedSettings,
  type FallbackLink,
} from './snippets.js';

type FormValues = Omit<EmbedSettings, 'src'>;

const besidePage = (file: string) => new URL(file, document.baseURI).href;
const startingFeed = () => besidePage(defaultFeed() ?? 'sample/impact-stories.json');
const wholeNumber = (value: string) => String(positiveInteger(value) ?? '');
const numberError = 'Enter a whole number of 1 or more, or leave the field empty.';
const linkAddressError = 'Enter a web address that starts with https:// or http://, or leave it empty for no link.';
const linkTextError = 'Enter the text of the link, or empty the address for no link.';
const absoluteHttpUrl = /^https?:\/\/[^\s/]/i;
/** The builder's first preview: a page of stories, not the whole archive. */
const startingSettings: FormValues = { ...defaultSettings, pageSize: '6' };
const localeHint = 'Of dates, month headings and the widgets’ own words (“Load more stories”, messages). Stories keep their own language.';
const mediaContactHint = 'Untick it on all but one list, when a page shows several lists of one feed.';
const headingLevelHint =
  'Of the year or month headings, with story titles one level below; of the story titles when not grouped. ' +
  'Match the page around the stories.';
const iframeDescription =
  `For a CMS that removes scripts. The frame is ${IFRAME_HEIGHT} px tall and scrolls; the optional script line makes it ` +
  'exactly as tall as its stories, and is harmless where the CMS removes it.';

/**
 * The embed builder for CMS editors: choose a feed and what to show, see a live preview, copy a
 * script-tag or iframe snippet.
 *
 * @tagname impact-embed-builder
 */
export class ImpactEmbedBuilderElement extends LitElement {
  static override styles = builderStyles;

  /** The feed to start from: the page's default feed, else the sample feed beside the page. */
  @property() src = startingFeed();
  /** Where pasted snippets load the script-tag bundle from. */
  @property({ attribute: 'script-url' }) scriptUrl = besidePage('impact-stories.js');
  /** Where iframe snippets point. */
  @property({ attribute: 'embed-url' }) embedUrl = besidePage('embed.html');
  /** The script that fits iframes to their content. */
  @property({ attribute: 'embed-host-url' }) embedHostUrl = besidePage('embed-host.js');

  @state() private form: FormValues = { ...startingSettings };
  /** The fallback link as the editor typed it; a field not typed in follows the feed (its home page and title). */
  @state() private fallbackTyped: Partial<FallbackLink> = {};
  @state() private feed?: Feed;
  @state() private feedError?: string;
  @state() private offered: FeedChoices = noChoices;
  @state() private fitToContent = true;

  private feedFor?: string;

  /** Resolves once the builder, its preview and its snippets have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const parts = this.renderRoot.querySelectorAll<LitElement>('impact-story-list, impact-snippet-box');
    await Promise.all([...parts].map((part) => part.updateComplete));
    return done;
  }

  /** The feed URL as pasted snippets need it: absolute. */
  private feedUrl(): string {
    return safeHttpUrl(this.src) ?? this.src.trim();
  }

  /** The form's values, cleaned: invalid numbers are left out, as the list would ignore them. */
  private settings(): EmbedSettings {
    return { ...this.form, src: this.feedUrl(), limit: wholeNumber(this.form.limit), pageSize: wholeNumber(this.form.pageSize) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.feedUrl() !== this.feedFor) {
      this.feedFor = this.feedUrl();
      this.feed = undefined;
      this.feedError = undefined;
      this.offered = noChoices;
    }
  }

  private setField<K extends keyof FormValues>(key: K, value: FormValues[K]): void {
    this.form = { ...this.form, [key]: value };
  }

  private applySrc(value: string): void {
    this.src = value.trim() || startingFeed();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.applySrc(this.renderRoot.querySelector<HTMLInputElement>('#src')!.value);
  }

  private onFeedLoad(event: CustomEvent<StoriesLoadDetail>): void {
    const { feed } = event.detail;
    if (feed === this.feed) return;
    this.feed = feed;
    this.feedError = undefined;
    // A filtered preview of a split archive reads a smaller feed: what the editor could choose before stays.
    this.offered = mergeChoices(this.offered, feedChoices(feed.stories), splitChoices(feed.split));
    const { project, country, year } = this.form;
    this.form = {
      ...this.form,
      project: keepIfOffered(project, this.offered.projects),
      country: keepIfOffered(country, this.offered.countries),
      year: keepIfOffered(year, this.offered.years),
    };
  }

  private onFeedError(event: CustomEvent<StoriesErrorDetail>): void {
    this.feed = undefined;
    this.feedError = event.detail.message;
    this.offered = noChoices;
  }

  /** The fallback link fields' values. */
  private fallbackFields(): FallbackLink {
    return {
      href: this.fallbackTyped.href ?? this.feed?.homePageUrl ?? '',
      text: this.fallbackTyped.text ?? (this.feed?.title.trim() || 'Read our impact stories'),
    };
  }

  private fallbackErrors(): Partial<FallbackLink> {
    const { href, text } = this.fallbackFields();
    if (!href.trim()) return {};
    if (!absoluteHttpUrl.test(href.trim())) return { href: linkAddressError };
    return text.trim() ? {} : { text: linkTextError };
  }

  /** The link inside script-tag snippets, while both fields are acceptable; none while the address is empty. */
  private fallbackLink(): FallbackLink | undefined {
    const { href, text } = this.fallbackFields();
    const errors = this.fallbackErrors();
    return href.trim() && !errors.href && !errors.text ? { href: href.trim(), text: text.trim() } : undefined;
  }

  private feedStatus(): string {
    if (this.feedError) return this.feedError;
    if (!this.feed) return 'Loading the feed…';
    const count = this.feed.stories.length;
    const title = this.feed.title.trim() || 'this feed';
    return `${count} ${count === 1 ? 'story' : 'stories'} in “${title}”. Choose its projects, countries and years below.`;
  }

  private renderFeedFields() {
    return html`<fieldset>
      <legend>Feed</legend>
      <div class="field">
        <label for="src">Feed address (a JSON Feed URL)</label>
        <div class="inline">
          <input
            id="src"
            type="url"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="feed-status"
            .value=${live(this.src)}
            @change=${(event: Event) => this.applySrc((event.target as HTMLInputElement).value)}
          />
          <button type="submit">Load feed</button>
        </div>
        <p id="feed-status" class=${this.feedError ? 'error' : 'hint'} role="status">${this.feedStatus()}</p>
      </div>
    </fieldset>`;
  }

  private filterField(key: 'project' | 'country' | 'year', label: string, allText: string, offered: string[]) {
    const onValue = (value: string) => this.setField(key, value);
    return selectField({ id: key, label, value: this.form[key], choices: allOr(allText, offered), onValue });
  }

  private wholeNumberField(key: 'limit' | 'pageSize', id: string, label: string, hint: string) {
    const value = this.form[key];
    const error = value && !positiveInteger(value) ? numberError : undefined;
    return inputField({ id, label, value, hint, type: 'number', error, onValue: (v) => this.setField(key, v) });
  }

  private renderStoryFields() {
    const { projects, countries, years } = this.offered;
    return html`<fieldset>
      <legend>Which stories</legend>
      ${this.filterField('project', 'Project', 'All projects', projects)}
      ${this.filterField('country', 'Country', 'All countries', countries)} ${this.filterField('year', 'Year', 'All years', years)}
      ${this.wholeNumberField('limit', 'limit', 'Number of stories', 'The most stories ever shown. Empty: every matching story.')}
      ${this.wholeNumberField(
        'pageSize',
        'page-size',
        'Stories per page',
        'Shows this many, with a “Load more stories” button. Empty: all at once.',
      )}
    </fieldset>`;
  }

  private renderDisplayFields() {
    const { layout, groupBy, theme, locale, headingLevel } = this.form;
    const on =
      <K extends keyof FormValues>(key: K) =>
      (value: string) =>
        this.setField(key, value as FormValues[K]);
    return html`
      ${radioGroup({ name: 'layout', legend: 'Layout', value: layout, choices: layoutChoices, onValue: on('layout') })}
      ${radioGroup({ name: 'group-by', legend: 'Grouping', value: groupBy, choices: groupByChoices, onValue: on('groupBy') })}
      <fieldset>
        <legend>Look and language</legend>
        ${selectField({ id: 'theme', label: 'Theme', value: theme, choices: themeChoices, onValue: on('theme') })}
        ${selectField({ id: 'locale', label: 'Language', value: locale, choices: localeChoices, hint: localeHint, onValue: on('locale') })}
        ${selectField({
          id: 'heading-level',
          label: 'Heading level',
          value: headingLevel,
          choices: headingLevelChoices,
          hint: headingLevelHint,
          onValue: on('headingLevel'),
        })}
        <div class="checkbox">
          <input
            id="media-contact"
            type="checkbox"
            aria-describedby="media-contact-hint"
            .checked=${this.form.mediaContact !== 'hide'}
            @change=${(event: Event) => this.setField('mediaContact', (event.target as HTMLInputElement).checked ? '' : 'hide')}
          />
          <label for="media-contact">Show the feed’s media contact</label>
        </div>
        <p class="hint" id="media-contact-hint">${mediaContactHint}</p>
      </fieldset>
    `;
  }

  private renderFallbackFields() {
    const { href, text } = this.fallbackFields();
    const errors = this.fallbackErrors();
    const type = (key: keyof FallbackLink) => (value: string) => (this.fallbackTyped = { ...this.fallbackTyped, [key]: value });
    return html`<fieldset>
      <legend>Fallback link</legend>
      <p class="hint">In the script-tag snippet: shown before the script runs, to crawlers, and if the stories cannot load.</p>
      ${inputField({
        id: 'fallback-text',
        label: 'Link text',
        value: text,
        hint: 'For example “Read our impact stories”.',
        error: errors.text,
        onValue: type('text'),
      })}
      ${inputField({
        id: 'fallback-href',
        label: 'Link address',
        value: href,
        hint: 'The page with all the stories. Empty: no link.',
        type: 'url',
        error: errors.href,
        onValue: type('href'),
      })}
    </fieldset>`;
  }

  private renderSnippets(settings: EmbedSettings) {
    const title = frameTitle(this.feed?.title, settings);
    const hostScriptUrl = this.fitToContent ? this.embedHostUrl : undefined;
    return html`<section class="snippets" aria-labelledby="snippets-heading">
      <h2 id="snippets-heading">Snippets</h2>
      <p>Copy one of these into your page or CMS.</p>
      <impact-snippet-box
        id="script-snippet"
        label="Script tag and element"
        description="For pages that accept scripts. Paste it where the stories should appear; the link inside shows if they cannot load."
        .code=${scriptSnippet(settings, this.scriptUrl, this.fallbackLink())}
      ></impact-snippet-box>
      <div class="snippet-group">
        <impact-snippet-box
          id="iframe-snippet"
          label="Iframe"
          description=${iframeDescription}
          .code=${iframeSnippet(settings, { embedUrl: this.embedUrl, title, hostScriptUrl })}
        ></impact-snippet-box>
        <div class="checkbox">
          <input
            id="fit"
            type="checkbox"
            .checked=${this.fitToContent}
            @change=${(event: Event) => (this.fitToContent = (event.target as HTMLInputElement).checked)}
          />
          <label for="fit">Add the script line that fits the iframe to its stories</label>
        </div>
      </div>
    </section>`;
  }

  private renderPreview(settings: EmbedSettings) {
    const optional = (value: string) => value || undefined;
    // On wide screens the preview scrolls on its own: it takes focus, so keyboards can scroll it too.
    return html`<section class="preview" aria-labelledby="preview-heading" tabindex="0">
      <h2 id="preview-heading">Preview</h2>
      <p class="hint">What the snippets show. Story links open in a new tab here.</p>
      <impact-story-list
        src=${settings.src}
        project=${ifDefined(optional(settings.project))}
        country=${ifDefined(optional(settings.country))}
        year=${ifDefined(optional(settings.year))}
        limit=${ifDefined(optional(settings.limit))}
        page-size=${ifDefined(optional(settings.pageSize))}
        layout=${settings.layout}
        group-by=${settings.groupBy}
        heading-level=${settings.headingLevel}
        theme=${ifDefined(optional(settings.theme))}
        locale=${ifDefined(optional(settings.locale))}
        ?hide-media-contact=${settings.mediaContact === 'hide'}
        link-target="_blank"
        @impact-stories-load=${this.onFeedLoad}
        @impact-stories-error=${this.onFeedError}
      ></impact-story-list>
    </section>`;
  }

  protected override render() {
    const settings = this.settings();
    return html`<div class="layout">
      <form class="settings" novalidate aria-labelledby="settings-heading" @submit=${this.onSubmit}>
        <h2 id="settings-heading">Settings</h2>
        ${this.renderFeedFields()} ${this.renderStoryFields()} ${this.renderDisplayFields()} ${this.renderFallbackFields()}
      </form>
      ${this.renderSnippets(settings)} ${this.renderPreview(settings)}
    </div>`;
  }
}
