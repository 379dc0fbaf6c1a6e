<?php
/**
 * How a value from a shortcode or a block is read for each list attribute (listed in list-attributes.php).
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/**
 * One attribute value, read as its kind; null when it is not one (the attribute is then left out).
 *
 * @param string|string[] $kind  From impact_stories_list_attributes().
 * @param mixed           $value From a shortcode (text) or a block (text, number or boolean).
 * @return string|true|null True for a flag that is set.
 */
function impact_stories_read_attribute( $kind, $value ) {
	if ( is_bool( $value ) ) {
		return 'flag' === $kind && $value ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$text = trim( sanitize_text_field( (string) $value ) );
	if ( is_array( $kind ) ) {
		$text = strtolower( $text );
		return in_array( $text, $kind, true ) ? $text : null;
	}
	switch ( $kind ) {
		case 'url':
			$url = impact_stories_safe_url( $value );
			return '' === $url ? null : $url;
		case 'year':
			return preg_match( '/^\d{4}$/', $text ) ? $text : null;
		case 'count':
			return preg_match( '/^\d{1,6}$/', $text ) && (int) $text > 0 ? (string) (int) $text : null;
		case 'locale':
			return preg_match( '/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i', $text ) ? $text : null;
		case 'flag':
			return in_array( strtolower( $text ), array( '', '1', 'true', 'yes', 'on' ), true ) ? true : null;
		default:
			return '' === $text ? null : mb_substr( $text, 0, 200 );
	}
}

/**
 * The list attributes among `$raw`, each read as its kind. Unknown names and unreadable values are left out.
 * Names may be written with "_" for "-" (page_size), and a flag may stand alone ([impact_stories cache]).
 *
 * @param array $raw Attribute name => value.
 * @return array<string, string|true>
 */
function impact_stories_clean_attributes( array $raw ) {
	$kinds = impact_stories_list_attributes();
	$clean = array();
	foreach ( $raw as $name => $value ) {
		if ( is_int( $name ) && is_string( $value ) ) {
			$name  = $value;
			$value = true;
		}
		$name = strtolower( str_replace( '_', '-', (string) $name ) );
		if ( ! isset( $kinds[ $name ] ) ) {
			continue;
		}
		$read = impact_stories_read_attribute( $kinds[ $name ], $value );
		if ( null !== $read ) {
			$clean[ $name ] = $read;
		}
	}
	return $clean;
}
