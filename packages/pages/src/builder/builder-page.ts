// dist/builder.js: the embed builder page, with its own copy of the elements it previews.
import '../define.js';
import { defineElement } from '../define-element.js';
import { ImpactEmbedBuilderElement } from './impact-embed-builder.js';

defineElement('impact-embed-builder', ImpactEmbedBuilderElement);

declare global {
  interface HTMLElementTagNameMap {
    'impact-embed-builder': ImpactEmbedBuilderElement;
  }
}
