<?php
/**
 * The attributes of <impact-story-list>.
 *
 * Generated from packages/core/src/attributes/list-attribute-schema.ts by `npm run generate`, do not edit.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every attribute the list takes, with the kind of value it takes: a list of allowed values, or a kind name
 * (read by impact_stories_read_attribute()).
 *
 * @return array<string, string|string[]>
 */
function impact_stories_list_attributes() {
	return array(
		'src'                => 'url',
		'project'            => 'text',
		'country'            => 'text',
		'tag'                => 'text',
		'year'               => 'year',
		'limit'              => 'count',
		'page-size'          => 'count',
		'group-by'           => array( 'none', 'year', 'month' ),
		'layout'             => array( 'list', 'grid', 'compact' ),
		'heading-level'      => array( '1', '2', '3', '4', '5', '6' ),
		'locale'             => 'locale',
		'theme'              => array( 'light', 'dark', 'auto' ),
		'timeout'            => 'count',
		'link-target'        => array( '_self', '_blank', '_parent', '_top' ),
		'hide-media-contact' => 'flag',
		'cache'              => 'flag',
	);
}
