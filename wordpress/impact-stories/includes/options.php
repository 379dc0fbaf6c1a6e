<?php
/**
 * The plugin's one option: the site's default feed and the fallback link.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

const IMPACT_STORIES_OPTION = 'impact_stories_options';

/**
 * The saved settings, with defaults for what is not saved.
 *
 * @return array{feed_url: string, fallback_text: string, fallback_url: string}
 */
function impact_stories_options() {
	$saved = get_option( IMPACT_STORIES_OPTION, array() );
	return array(
		'feed_url'      => isset( $saved['feed_url'] ) ? (string) $saved['feed_url'] : '',
		'fallback_text' => isset( $saved['fallback_text'] ) && '' !== $saved['fallback_text']
			? (string) $saved['fallback_text']
			: __( 'Read our impact stories', 'impact-stories' ),
		'fallback_url'  => isset( $saved['fallback_url'] ) ? (string) $saved['fallback_url'] : '',
	);
}

/**
 * An http(s) address, or a relative one; '' for anything else (javascript:, data:, mailto:, ...).
 *
 * @param mixed $value What a form or an attribute gave.
 * @return string
 */
function impact_stories_safe_url( $value ) {
	$value = trim( wp_strip_all_tags( (string) $value ) );
	if ( '' === $value || strlen( $value ) > 2048 || preg_match( '/[\x00-\x20\x7f]/', $value ) ) {
		return '';
	}
	if ( preg_match( '#^https?://#i', $value ) ) {
		return esc_url_raw( $value, array( 'http', 'https' ) );
	}
	// A colon before the first "/", "?" or "#" names a scheme (javascript:, data:), or makes no relative URL.
	return preg_match( '#^[^/?\#]*:#', $value ) ? '' : $value;
}

/**
 * Cleans what the settings form sent.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function impact_stories_sanitize_options( $input ) {
	$input = is_array( $input ) ? $input : array();
	return array(
		'feed_url'      => impact_stories_safe_url( $input['feed_url'] ?? '' ),
		'fallback_text' => mb_substr( sanitize_text_field( $input['fallback_text'] ?? '' ), 0, 200 ),
		'fallback_url'  => impact_stories_safe_url( $input['fallback_url'] ?? '' ),
	);
}
