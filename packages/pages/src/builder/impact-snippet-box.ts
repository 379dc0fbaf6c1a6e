import { html, LitElement, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { copyFieldText } from './copy-text.js';
import { snippetBoxStyles } from './impact-snippet-box.styles.js';

/** Detail of `impact-snippet-copy`. */
export interface SnippetCopyDetail {
  text: string;
  /** False when the browser refused and the text was selected instead. */
  copied: boolean;
}

const messages = {
  copied: 'Copied.',
  failed: 'Could not copy automatically. The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
};

/**
 * A read-only code snippet with a Copy button. The outcome is shown next to the button and announced.
 *
 * @tagname impact-snippet-box
 * @fires {CustomEvent<SnippetCopyDetail>} impact-snippet-copy - A copy attempt finished and its message is shown.
 */
export class ImpactSnippetBoxElement extends LitElement {
  static override styles = snippetBoxStyles;

  /** Visible label of the snippet; also completes the Copy button's accessible name. */
  @property() label = '';
  @property() code = '';
  /** A sentence about when and how to use the snippet. */
  @property() description = '';

  @state() private result?: keyof typeof messages;
  @query('textarea') private field!: HTMLTextAreaElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) this.result = undefined;
  }

  private async copy(): Promise<void> {
    // Cleared first, so that copying twice announces "Copied." twice.
    this.result = undefined;
    await this.updateComplete;
    this.result = (await copyFieldText(this.field)) ? 'copied' : 'failed';
    await this.updateComplete;
    this.dispatchEvent(
      new CustomEvent<SnippetCopyDetail>('impact-snippet-copy', {
        bubbles: true,
        composed: true,
        detail: { text: this.code, copied: this.result === 'copied' },
      }),
    );
  }

  protected override render() {
    return html`
      <label for="code">${this.label}</label>
      <p id="description" class="hint">${this.description}</p>
      <textarea id="code" readonly spellcheck="false" rows="5" aria-describedby="description" .value=${this.code}></textarea>
      <div class="actions">
        <button type="button" @click=${this.copy}>Copy<span class="visually-hidden"> ${this.label}</span></button>
        <p class="message ${this.result ?? ''} ${this.result === 'failed' ? 'error' : ''}" role="status">
          ${this.result ? messages[this.result] : ''}
        </p>
      </div>
    `;
  }
}
