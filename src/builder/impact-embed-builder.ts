import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import '../impact-story-list-define.js';
import './impact-snippet-box-define.js';
import { positiveInteger } from '../components/attribute-values.js';
import type { StoriesErrorDetail, StoriesLoadDetail } from '../components/impact-story-list/impact-story-list.js';
import { defaultFeed } from '../feed/default-feed.js';
import { safeHttpUrl } from '../feed/safe-url.js';
import type { Feed } from '../feed/story.js';
import { allOr, groupByChoices, headingLevelChoices, layoutChoices, localeChoices, themeChoices } from './builder-choices.js';
import { feedChoices, keepIfOffered, noChoices, type FeedChoices } from './feed-choices.js';
import { numberField, radioGroup, selectField } from './form-fields.js';
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

  @state() private form: FormValues = { ...defaultSettings };
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
    this.offered = feedChoices(feed.stories);
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

  private fallbackLink(): FallbackLink | undefined {
    const href = this.feed?.homePageUrl;
    return href ? { href, text: this.feed?.title.trim() || 'Read our impact stories' } : undefined;
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
    return numberField({ id, label, value, hint, error, onValue: (v) => this.setField(key, v) });
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
        ${selectField({ id: 'locale', label: 'Language of dates', value: locale, choices: localeChoices, onValue: on('locale') })}
        ${selectField({
          id: 'heading-level',
          label: 'Heading level',
          value: headingLevel,
          choices: headingLevelChoices,
          hint: headingLevelHint,
          onValue: on('headingLevel'),
        })}
      </fieldset>
    `;
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
      <div class="checkbox">
        <input
          id="fit"
          type="checkbox"
          .checked=${this.fitToContent}
          @change=${(event: Event) => (this.fitToContent = (event.target as HTMLInputElement).checked)}
        />
        <label for="fit">Add the script line that fits the iframe to its stories</label>
      </div>
      <impact-snippet-box
        id="iframe-snippet"
        label="Iframe"
        description=${iframeDescription}
        .code=${iframeSnippet(settings, { embedUrl: this.embedUrl, title, hostScriptUrl })}
      ></impact-snippet-box>
    </section>`;
  }

  private renderPreview(settings: EmbedSettings) {
    const optional = (value: string) => value || undefined;
    return html`<section class="preview" aria-labelledby="preview-heading">
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
        ${this.renderFeedFields()} ${this.renderStoryFields()} ${this.renderDisplayFields()}
      </form>
      <div class="output">${this.renderSnippets(settings)} ${this.renderPreview(settings)}</div>
    </div>`;
  }
}
