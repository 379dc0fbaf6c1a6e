<?php
/**
 * The "Impact stories" block: a dynamic block, rendered on the server from its saved attributes.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/** Registers the block from build/block.json, and gives its editor script what it needs to preview a list. */
function impact_stories_register_block() {
	$block = register_block_type( IMPACT_STORIES_DIR . '/build', array( 'render_callback' => 'impact_stories_render_block' ) );
	if ( ! $block || empty( $block->editor_script_handles ) ) {
		return;
	}
	$handle = $block->editor_script_handles[0];
	$data   = array(
		'defaultFeed' => impact_stories_options()['feed_url'],
		'feedHosts'   => impact_stories_feed_hosts(),
		'scriptUrl'   => add_query_arg( 'ver', IMPACT_STORIES_VERSION, plugins_url( 'assets/impact-stories.js', IMPACT_STORIES_FILE ) ),
	);
	wp_add_inline_script( $handle, 'window.impactStoriesEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_set_script_translations( $handle, 'impact-stories' );
}

/**
 * The block's list, in the wrapper that carries its alignment and spacing.
 *
 * @param array $attributes The saved block attributes.
 * @return string
 */
function impact_stories_render_block( $attributes ) {
	// groupBy is group-by, and so on; the list keeps its own attributes (not className, style) with values it takes.
	$list = array();
	foreach ( $attributes as $key => $value ) {
		$list[ strtolower( preg_replace( '/[A-Z]/', '-$0', $key ) ) ] = $value;
	}
	return sprintf( '<div %s>%s</div>', get_block_wrapper_attributes(), impact_stories_render_list( $list ) );
}
