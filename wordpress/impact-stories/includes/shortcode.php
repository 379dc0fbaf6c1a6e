<?php
/**
 * [impact_stories project="Skills 21" layout="grid" group-by="month"]: every list attribute, for any author.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/** Registers the shortcode. */
function impact_stories_register_shortcode() {
	add_shortcode( 'impact_stories', 'impact_stories_shortcode' );
}

/**
 * Renders the shortcode; content between an opening and a closing tag is ignored.
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @return string
 */
function impact_stories_shortcode( $attributes ) {
	return impact_stories_render_list( is_array( $attributes ) ? $attributes : array() );
}
