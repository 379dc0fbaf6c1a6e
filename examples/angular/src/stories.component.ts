import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { StoriesLoadDetail } from 'impact-stories-widgets';
import 'impact-stories-widgets/define';

@Component({
  selector: 'app-stories',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <impact-story-list [src]="feed" project="Skills 21" layout="grid" (impact-stories-load)="loaded($event)">
      <a href="https://www.ilo.org/impact-stories">Read our impact stories</a>
    </impact-story-list>
    <p id="shown">{{ shown() }} stories shown</p>
  `,
})
export class StoriesComponent {
  feed = import.meta.env.IMPACT_STORIES_FEED_URL ?? 'https://www.ilo.org/impact-stories/feed.json';
  shown = signal(0);
  loaded(event: CustomEvent<StoriesLoadDetail>) {
    this.shown.set(event.detail.stories.length);
  }
}
