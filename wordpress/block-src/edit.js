import { __, sprintf } from '@wordpress/i18n';
import { createElement as el, Fragment, useEffect, useRef, useState } from '@wordpress/element';
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import { Notice, PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { feedAddress } from './feed-address';
import { loadFeedChoices } from './feed-choices';
import { choiceOptions } from './choice-options';
import { listAttributes } from './list-attributes';
import { loadWidgetInto } from './preview-script';

const editorData = () => window.impactStoriesEditor || {};

/** `value` after it has stayed the same for `delay` ms, so typing an address does not fetch at every key. */
function useSettled(value, delay) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** The feed's projects, countries and years; null until read, or when it cannot be read as a JSON Feed. */
function useFeedChoices(feedUrl) {
  const [choices, setChoices] = useState(null);
  useEffect(() => {
    setChoices(null);
    if (!feedUrl) {
      return undefined;
    }
    const controller = new AbortController();
    loadFeedChoices(feedUrl, controller.signal).then((read) => !controller.signal.aborted && setChoices(read));
    return () => controller.abort();
  }, [feedUrl]);
  return choices;
}

/** A select of the feed's values (and the saved one, if the feed no longer has it); a text field without them. */
function FilterControl({ label, allText, value, values, onChange }) {
  if (!values) {
    return el(TextControl, { label, value, onChange, help: __('Empty for all.', 'impact-stories') });
  }
  const offered = value && !values.includes(value) ? [value, ...values] : values;
  const options = [{ value: '', label: allText }, ...offered.map((name) => ({ value: name, label: name }))];
  return el(SelectControl, { label, value, options, onChange });
}

const numberOrUndefined = (text) => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined);

function StoriesPanel({ attributes, setAttributes, choices }) {
  const filter = (key, label, allText, values) =>
    el(FilterControl, {
      label,
      allText,
      value: attributes[key],
      values,
      onChange: (value) => setAttributes({ [key]: value }),
    });
  return el(
    PanelBody,
    { title: __('Stories', 'impact-stories') },
    filter('project', __('Project', 'impact-stories'), __('All projects', 'impact-stories'), choices?.projects),
    filter('country', __('Country', 'impact-stories'), __('All countries', 'impact-stories'), choices?.countries),
    filter('year', __('Year', 'impact-stories'), __('All years', 'impact-stories'), choices?.years),
    el(TextControl, {
      label: __('Number of stories', 'impact-stories'),
      help: __('Empty for all of them.', 'impact-stories'),
      type: 'number',
      min: 1,
      value: attributes.limit ?? '',
      onChange: (value) => setAttributes({ limit: numberOrUndefined(value) }),
    }),
    el(TextControl, {
      label: __('Stories per page', 'impact-stories'),
      help: __('A "Load more" button shows the next ones. Empty for 50 at a time.', 'impact-stories'),
      type: 'number',
      min: 1,
      value: attributes.pageSize || '',
      // 0, not undefined: the block's default (6) would come back.
      onChange: (value) => setAttributes({ pageSize: numberOrUndefined(value) ?? 0 }),
    }),
  );
}

function LookPanel({ attributes, setAttributes }) {
  const select = (key, label, options, help) =>
    el(SelectControl, { label, help, value: String(attributes[key] ?? ''), options, onChange: (value) => setAttributes({ [key]: value }) });
  const menus = choiceOptions();
  return el(
    PanelBody,
    { title: __('Look', 'impact-stories') },
    select('layout', __('Layout', 'impact-stories'), menus.layout),
    select('groupBy', __('Grouping', 'impact-stories'), menus.groupBy),
    select('theme', __('Theme', 'impact-stories'), menus.theme),
    select(
      'locale',
      __('Language', 'impact-stories'),
      [
        { value: '', label: __('The page’s language', 'impact-stories') },
        { value: 'en', label: 'English' },
        { value: 'fr', label: 'Français' },
        { value: 'es', label: 'Español' },
        { value: 'ar', label: 'العربية' },
      ],
      __('Of dates and of the list’s own words. Stories keep their own language.', 'impact-stories'),
    ),
    el(SelectControl, {
      label: __('Heading level', 'impact-stories'),
      help: __(
        'Of the story titles; when stories are grouped, of the year or month headings, with titles one level below.',
        'impact-stories',
      ),
      value: String(attributes.headingLevel ?? 2),
      options: [1, 2, 3, 4, 5, 6].map((level) => ({ value: String(level), label: `H${level}` })),
      onChange: (value) => setAttributes({ headingLevel: Number(value) }),
    }),
  );
}

function FeedPanel({ attributes, setAttributes, refused }) {
  const { defaultFeed } = editorData();
  return el(
    PanelBody,
    { title: __('Feed', 'impact-stories'), initialOpen: false },
    el(TextControl, {
      label: __('Feed address', 'impact-stories'),
      type: 'url',
      value: attributes.src,
      help: defaultFeed
        ? sprintf(/* translators: %s: the site's feed address */ __('Empty for the site’s feed, %s.', 'impact-stories'), defaultFeed)
        : __('The site has no default feed yet (Settings › Impact stories).', 'impact-stories'),
      onChange: (src) => setAttributes({ src: src.trim() }),
    }),
    refused &&
      el(
        Notice,
        { status: 'warning', isDismissible: false, className: 'impact-stories-block__notice' },
        __(
          'This address will not be read: a feed must be a path on this site, or on a host that an administrator allows in Settings › Impact stories. Visitors see the site’s feed.',
          'impact-stories',
        ),
      ),
    el(ToggleControl, {
      label: __('Hide the feed’s media contact', 'impact-stories'),
      checked: !!attributes.hideMediaContact,
      onChange: (hideMediaContact) => setAttributes({ hideMediaContact }),
    }),
  );
}

/** A preview of the list, drawn by the widget itself; its links do not leave the editor. */
function Preview({ attributes, feedUrl }) {
  const ref = useRef();
  useEffect(() => {
    if (ref.current && editorData().scriptUrl) {
      loadWidgetInto(ref.current.ownerDocument, editorData().scriptUrl);
    }
  }, []);
  return el('div', { ref, onClick: (event) => event.preventDefault() }, el('impact-story-list', listAttributes(attributes, feedUrl)));
}

export default function Edit({ attributes, setAttributes }) {
  const blockProps = useBlockProps();
  const { url: feedUrl, refused } = feedAddress(useSettled(attributes.src ?? '', 600), editorData());
  const choices = useFeedChoices(feedUrl);
  const panelProps = { attributes, setAttributes, choices, refused };
  return el(
    Fragment,
    null,
    el(InspectorControls, null, el(StoriesPanel, panelProps), el(LookPanel, panelProps), el(FeedPanel, panelProps)),
    el(
      'div',
      blockProps,
      feedUrl
        ? el(Preview, { attributes, feedUrl })
        : el(
            Notice,
            { status: 'warning', isDismissible: false, className: 'impact-stories-block__notice' },
            __(
              'No feed yet. An administrator sets the site’s feed in Settings › Impact stories, or give this block a feed address in its Feed settings.',
              'impact-stories',
            ),
          ),
    ),
  );
}
