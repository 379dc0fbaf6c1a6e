// Mistakes that ngc must reject: scripts/test-examples.mjs checks it does (tsconfig.typos.json).
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import 'impact-stories-widgets/define';

// Without CUSTOM_ELEMENTS_SCHEMA, the tag is unknown.
@Component({ selector: 'app-no-schema', template: `<impact-story-list project="Skills 21"></impact-story-list>` })
export class NoSchemaComponent {}

// The load event's detail has no "totl".
@Component({
  selector: 'app-wrong-detail',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<impact-story-list (impact-stories-load)="total = $event.detail.totl"></impact-story-list>`,
})
export class WrongDetailComponent {
  total = 0;
}
