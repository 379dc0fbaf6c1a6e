<?php
/**
 * The markup of one list, written on the server from a shortcode's or a block's attributes.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/**
 * An <impact-story-list> with its fallback link, and the script enqueued for it. In the site's RSS and Atom
 * feeds, where no script runs, only the link.
 *
 * @param array $raw Attribute name => value, from a shortcode or a block; unknown names are ignored.
 * @return string
 */
function impact_stories_render_list( array $raw ) {
	$attributes = impact_stories_clean_attributes( $raw );
	$options    = impact_stories_options();
	if ( is_feed() ) {
		return impact_stories_fallback_link( $options, get_permalink() ? get_permalink() : home_url( '/' ) );
	}
	if ( isset( $attributes['src'] ) && ! impact_stories_feed_allowed( $attributes['src'] ) ) {
		unset( $attributes['src'] );
	}
	// Where no <meta> names the site's feed (rendered after the head, or for the REST API), the list names it.
	$no_meta = ( did_action( 'wp_head' ) && ! impact_stories_feed_meta_printed() ) || wp_is_json_request() || ( defined( 'REST_REQUEST' ) && REST_REQUEST );
	if ( ! isset( $attributes['src'] ) && '' !== $options['feed_url'] && $no_meta ) {
		$attributes = array( 'src' => $options['feed_url'] ) + $attributes;
	}
	impact_stories_rendered_lists( true );
	wp_enqueue_script( IMPACT_STORIES_SCRIPT );

	$html = '<impact-story-list';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} else {
			$html .= sprintf( ' %s="%s"', $name, 'src' === $name ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) );
		}
	}
	return $html . '>' . impact_stories_fallback_link( $options ) . '</impact-story-list>';
}

/**
 * The link a list holds until its stories arrive, from the settings; '' without an address.
 *
 * @param array  $options  From impact_stories_options().
 * @param string $fallback The address to use when the settings give none.
 * @return string
 */
function impact_stories_fallback_link( array $options, $fallback = '' ) {
	$url = '' !== $options['fallback_url'] ? $options['fallback_url'] : $fallback;
	return '' === $url ? '' : sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html( $options['fallback_text'] ) );
}
