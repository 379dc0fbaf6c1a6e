import { defineElement } from 'impact-stories-widgets/internal/define-element';
import { ImpactSnippetBoxElement } from './impact-snippet-box.js';

defineElement('impact-snippet-box', ImpactSnippetBoxElement);

declare global {
  interface HTMLElementTagNameMap {
    'impact-snippet-box': ImpactSnippetBoxElement;
  }
}
