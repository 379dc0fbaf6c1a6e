// dist/builder.js: the embed builder page, with its own copy of the elements it previews.
import 'impact-stories-widgets/define';
import { defineElement } from 'impact-stories-widgets/internal/define-element';
import { ImpactEmbedBuilderElement } from './impact-embed-builder.js';

defineElement('impact-embed-builder', ImpactEmbedBuilderElement);

declare global {
  interface HTMLElementTagNameMap {
    'impact-embed-builder': ImpactEmbedBuilderElement;
  }
}
