import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { StoriesComponent } from './stories.component';

bootstrapApplication(StoriesComponent, { providers: [provideZonelessChangeDetection()] });
