<?php
/**
 * The plugin's one option: the site's default feed, the other feed hosts authors may use, and the fallback link.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

const IMPACT_STORIES_OPTION = 'impact_stories_options';

/**
 * The saved settings, with defaults for what is not saved.
 *
 * @return array{feed_url: string, feed_hosts: string[], fallback_text: string, fallback_url: string}
 */
function impact_stories_options() {
	$saved = get_option( IMPACT_STORIES_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'feed_url'      => isset( $saved['feed_url'] ) ? (string) $saved['feed_url'] : '',
		'feed_hosts'    => isset( $saved['feed_hosts'] ) && is_array( $saved['feed_hosts'] ) ? $saved['feed_hosts'] : array(),
		'fallback_text' => isset( $saved['fallback_text'] ) && '' !== $saved['fallback_text']
			? (string) $saved['fallback_text']
			: __( 'Read our impact stories', 'impact-stories' ),
		'fallback_url'  => isset( $saved['fallback_url'] ) ? (string) $saved['fallback_url'] : '',
	);
}

/**
 * An http(s) address, or a path on this site ("/stories/feed.json"); '' for anything else: other schemes
 * (javascript:, data:, even written with entities), addresses relative to each page, and "//host" or "/\host",
 * which name other sites.
 *
 * @param mixed $value What a form or an attribute gave.
 * @return string
 */
function impact_stories_safe_url( $value ) {
	$value = trim( html_entity_decode( wp_strip_all_tags( (string) $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( '' === $value || strlen( $value ) > 2048 || preg_match( '/[\x00-\x20\x7f]/', $value ) ) {
		return '';
	}
	if ( preg_match( '#^https?://[^/\\\\]#i', $value ) ) {
		return esc_url_raw( $value, array( 'http', 'https' ) );
	}
	return preg_match( '#^/(?![/\\\\])#', $value ) ? esc_url_raw( $value ) : '';
}

/**
 * The hosts whose feeds lists may read: this site's, the default feed's, and those an administrator added.
 *
 * @return string[] Lower-case host names, with a port where one was given.
 */
function impact_stories_feed_hosts() {
	$options = impact_stories_options();
	$hosts   = array( impact_stories_host_of( home_url() ), impact_stories_host_of( $options['feed_url'] ) );
	return array_values( array_unique( array_filter( array_merge( $hosts, $options['feed_hosts'] ) ) ) );
}

/**
 * The host (and port) of an absolute address; '' for a path.
 *
 * @param string $url An address.
 * @return string
 */
function impact_stories_host_of( $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	$port = wp_parse_url( $url, PHP_URL_PORT );
	return $host ? strtolower( $host ) . ( $port ? ':' . $port : '' ) : '';
}

/**
 * Whether a list on this site may read the feed at `$url` (already a safe URL): a path on this site, or an
 * allowed host. Authors cannot make every visitor's browser call any server they like.
 *
 * @param string $url From impact_stories_safe_url().
 * @return bool
 */
function impact_stories_feed_allowed( $url ) {
	$host = impact_stories_host_of( $url );
	return '' === $host || in_array( $host, impact_stories_feed_hosts(), true );
}

/**
 * Cleans what the settings form sent. An address that cannot be used is not saved: the old one stays, and
 * the page says why.
 *
 * @param mixed $input The submitted option.
 * @return array
 */
function impact_stories_sanitize_options( $input ) {
	$input = is_array( $input ) ? $input : array();
	$old   = impact_stories_options();
	$url   = function ( $key, $label ) use ( $input, $old ) {
		$given = trim( (string) ( $input[ $key ] ?? '' ) );
		$safe  = impact_stories_safe_url( $given );
		if ( '' !== $given && '' === $safe ) {
			add_settings_error(
				IMPACT_STORIES_OPTION,
				'impact_stories_' . $key,
				/* translators: 1: the field's name, 2: what was typed */
				esc_html( sprintf( __( '%1$s was not changed: "%2$s" is neither an http(s) address nor a path on this site (starting with one "/").', 'impact-stories' ), $label, $given ) )
			);
			return $old[ $key ];
		}
		return $safe;
	};
	$hosts = array();
	foreach ( preg_split( '/[\s,]+/', (string) ( $input['feed_hosts'] ?? '' ) ) as $line ) {
		$host = false !== strpos( $line, '/' ) ? impact_stories_host_of( $line ) : strtolower( $line );
		if ( preg_match( '/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/', $host ) ) {
			$hosts[] = $host;
		}
	}
	return array(
		'feed_url'      => $url( 'feed_url', __( 'Default feed address', 'impact-stories' ) ),
		'feed_hosts'    => array_values( array_unique( $hosts ) ),
		'fallback_text' => mb_substr( sanitize_text_field( $input['fallback_text'] ?? '' ), 0, 200 ),
		'fallback_url'  => $url( 'fallback_url', __( 'Link address', 'impact-stories' ) ),
	);
}
