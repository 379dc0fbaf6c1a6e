<?php
/**
 * Settings › Impact stories: the site's default feed and the fallback link, for administrators.
 *
 * @package ImpactStories
 */

defined( 'ABSPATH' ) || exit;

/** Registers the option and its fields with the Settings API, which checks the nonce and the capability. */
function impact_stories_register_settings() {
	register_setting(
		'impact_stories',
		IMPACT_STORIES_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'impact_stories_sanitize_options',
			'default'           => array(),
		)
	);
	add_settings_section( 'impact_stories_feed', __( 'Feed', 'impact-stories' ), '__return_false', 'impact-stories' );
	add_settings_section( 'impact_stories_fallback', __( 'Before the stories load', 'impact-stories' ), 'impact_stories_fallback_intro', 'impact-stories' );
	$fields = array(
		'feed_url'      => array( __( 'Default feed address', 'impact-stories' ), 'impact_stories_feed', 'url', __( 'The JSON Feed, RSS or Atom feed of every list that names no feed of its own: an http(s) address, or a path on this site such as /stories/feed.json.', 'impact-stories' ) ),
		'feed_hosts'    => array( __( 'Other feed hosts', 'impact-stories' ), 'impact_stories_feed', 'hosts', __( 'Authors may give a list another feed on this site, on the default feed’s host, or on these hosts (one per line, e.g. stories.example.org). A feed elsewhere is not read: the list shows the default feed.', 'impact-stories' ) ),
		'fallback_text' => array( __( 'Link text', 'impact-stories' ), 'impact_stories_fallback', 'text', sprintf( /* translators: %s: the default link text */ __( 'Empty for "%s".', 'impact-stories' ), __( 'Read our impact stories', 'impact-stories' ) ) ),
		'fallback_url'  => array( __( 'Link address', 'impact-stories' ), 'impact_stories_fallback', 'url', __( 'Where your stories are read in full, e.g. their page on your site. Without it, no link is shown.', 'impact-stories' ) ),
	);
	foreach ( $fields as $key => list( $label, $section, $type, $help ) ) {
		add_settings_field(
			'impact_stories_' . $key,
			$label,
			'impact_stories_settings_field',
			'impact-stories',
			$section,
			array(
				'label_for' => 'impact_stories_' . $key,
				'key'       => $key,
				'type'      => $type,
				'help'      => $help,
			)
		);
	}
}

/** Says what the fallback link is for. */
function impact_stories_fallback_intro() {
	echo '<p>' . esc_html__( 'Every list holds this link until its stories arrive. Readers without JavaScript, and search engines, follow it to your stories.', 'impact-stories' ) . '</p>';
}

/**
 * One text field of the option.
 *
 * @param array $field From add_settings_field().
 */
function impact_stories_settings_field( $field ) {
	$saved = get_option( IMPACT_STORIES_OPTION, array() );
	$value = is_array( $saved ) && isset( $saved[ $field['key'] ] ) ? $saved[ $field['key'] ] : '';
	$value = is_array( $value ) ? implode( "\n", $value ) : (string) $value;
	$help  = 'impact_stories_' . $field['key'] . '_help';
	$name  = IMPACT_STORIES_OPTION . '[' . $field['key'] . ']';
	if ( 'hosts' === $field['type'] ) {
		printf(
			'<textarea id="%1$s" name="%2$s" rows="3" class="regular-text code" spellcheck="false" aria-describedby="%3$s">%4$s</textarea>',
			esc_attr( $field['label_for'] ),
			esc_attr( $name ),
			esc_attr( $help ),
			esc_textarea( $value )
		);
	} else {
		printf(
			'<input type="text"%1$s id="%2$s" name="%3$s" value="%4$s" class="regular-text" aria-describedby="%5$s" />',
			// Not type="url": a path on this site is a good address, and the browser would refuse to send it.
			'url' === $field['type'] ? ' inputmode="url" spellcheck="false"' : '',
			esc_attr( $field['label_for'] ),
			esc_attr( $name ),
			esc_attr( $value ),
			esc_attr( $help )
		);
	}
	printf( '<p class="description" id="%s">%s</p>', esc_attr( $help ), esc_html( $field['help'] ) );
}

/** Adds Settings › Impact stories, for users who may manage options. */
function impact_stories_add_settings_page() {
	add_options_page(
		__( 'Impact stories', 'impact-stories' ),
		__( 'Impact stories', 'impact-stories' ),
		'manage_options',
		'impact-stories',
		'impact_stories_render_settings_page'
	);
}

/** The settings page. */
function impact_stories_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Authors add stories with the "Impact stories" block, or the [impact_stories] shortcode (e.g. [impact_stories project="Skills 21" layout="grid" group-by="month"]).', 'impact-stories' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'impact_stories' );
	do_settings_sections( 'impact-stories' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside the plugin's name in Plugins.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function impact_stories_settings_link( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		$url = admin_url( 'options-general.php?page=impact-stories' );
		array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( $url ), esc_html__( 'Settings', 'impact-stories' ) ) );
	}
	return $links;
}
