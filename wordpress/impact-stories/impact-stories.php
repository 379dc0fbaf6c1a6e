<?php
/**
 * Plugin Name:       Impact stories
 * Plugin URI:        https://github.com/impact-stories-widgets/impact-stories-widgets
 * Description:       Shows your organisation's impact stories from its feed: an "Impact stories" block and an [impact_stories] shortcode, for every author, with the widget's script bundled.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Impact stories widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       impact-stories
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

define( 'IMPACT_STORIES_VERSION', '0.1.0' );
define( 'IMPACT_STORIES_FILE', __FILE__ );
define( 'IMPACT_STORIES_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/list-attributes.php';
require_once __DIR__ . '/includes/read-attributes.php';
require_once __DIR__ . '/includes/widget-script.php';
require_once __DIR__ . '/includes/render-list.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action( 'init', 'impact_stories_register_widget_script' );
add_action( 'init', 'impact_stories_register_shortcode' );
add_action( 'init', 'impact_stories_register_block' );
add_action( 'admin_init', 'impact_stories_register_settings' );
add_action( 'admin_menu', 'impact_stories_add_settings_page' );
add_action( 'wp_head', 'impact_stories_print_feed_meta', 1 );
add_filter( 'script_loader_tag', 'impact_stories_module_script_tag', 10, 2 );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'impact_stories_settings_link' );

