<?php
/**
 * Removes the plugin's option from every site when the plugin is deleted.
 *
 * @package ImpactStories
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		delete_option( 'impact_stories_options' );
		restore_current_blog();
	}
} else {
	delete_option( 'impact_stories_options' );
}
