<?php
/**
 * The widget's script (bundled in the plugin, loaded as a module) and the page's default feed.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

const IMPACT_STORIES_SCRIPT = 'impact-stories';

/** Registers the bundled script; it is enqueued only by a list that renders on the page. */
function impact_stories_register_widget_script() {
	wp_register_script(
		IMPACT_STORIES_SCRIPT,
		plugins_url( 'assets/impact-stories.js', IMPACT_STORIES_FILE ),
		array(),
		IMPACT_STORIES_VERSION,
		true
	);
}

/**
 * Loads the widget's script as a module, the only way it runs.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle Its handle.
 * @return string
 */
function impact_stories_module_script_tag( $tag, $handle ) {
	if ( IMPACT_STORIES_SCRIPT !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?:\s+type=([\'"])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}

/**
 * Whether this page shows a list: a post of the main query holds the block or the shortcode, or one rendered
 * already (block themes render the content before the head).
 *
 * @return bool
 */
function impact_stories_page_has_list() {
	global $wp_query;
	if ( impact_stories_rendered_lists() > 0 ) {
		return true;
	}
	foreach ( $wp_query instanceof WP_Query ? $wp_query->posts : array() as $post ) {
		if ( $post instanceof WP_Post && ( has_block( 'impact-stories/list', $post ) || has_shortcode( $post->post_content, 'impact_stories' ) ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Counts the lists rendered on this page, or adds one.
 *
 * @param bool $add Whether a list is being rendered now.
 * @return int
 */
function impact_stories_rendered_lists( $add = false ) {
	static $count = 0;
	if ( $add ) {
		++$count;
	}
	return $count;
}

/**
 * Whether the page's <meta name="impact-stories-feed"> was written, or marks it written.
 *
 * @param bool $printed Whether it is being written now.
 * @return bool
 */
function impact_stories_feed_meta_printed( $printed = false ) {
	static $done = false;
	$done = $done || $printed;
	return $done;
}

/** Writes the site's default feed in the head of pages that show a list, for every list without `src`. */
function impact_stories_print_feed_meta() {
	$feed = impact_stories_options()['feed_url'];
	if ( '' === $feed || ! impact_stories_page_has_list() ) {
		return;
	}
	impact_stories_feed_meta_printed( true );
	printf( '<meta name="impact-stories-feed" content="%s" />' . "\n", esc_url( $feed, array( 'http', 'https' ) ) );
}
