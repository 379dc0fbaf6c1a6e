<?php
/**
 * The markup of one list, written on the server from a shortcode's or a block's attributes.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/**
 * An <impact-story-list> with its fallback link, and the script enqueued for it.
 *
 * @param array $raw Attribute name => value, from a shortcode or a block; unknown names are ignored.
 * @return string
 */
function impact_stories_render_list( array $raw ) {
	$attributes = impact_stories_clean_attributes( $raw );
	$options    = impact_stories_options();
	// A list that renders after the head was written (a classic theme, a shortcode in a widget) names the feed itself.
	if ( ! isset( $attributes['src'] ) && '' !== $options['feed_url'] && did_action( 'wp_head' ) && ! impact_stories_feed_meta_printed() ) {
		$attributes = array( 'src' => $options['feed_url'] ) + $attributes;
	}
	impact_stories_rendered_lists( true );
	wp_enqueue_script( IMPACT_STORIES_SCRIPT );

	$html = '<impact-story-list';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$html .= '>';
	if ( '' !== $options['fallback_url'] ) {
		$html .= sprintf( '<a href="%s">%s</a>', esc_url( $options['fallback_url'] ), esc_html( $options['fallback_text'] ) );
	}
	return $html . '</impact-story-list>';
}
