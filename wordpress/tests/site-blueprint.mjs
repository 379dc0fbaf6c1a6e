// The test site: the plugin installed from its zip, an Author, the sample feed as the site's default feed,
// and two posts saved without kses (as an administrator with unfiltered_html may), to test escaping alone.
export const AUTHOR = { login: 'ayla', password: 'ayla-author-password' };
export const ADMIN = { login: 'admin', password: 'password' };
export const FEED_PATH = '/wp-content/uploads/impact-stories-sample/impact-stories.json';
export const HOSTILE_SHORTCODE =
  '[impact_stories project=\'Skills 21" onmouseover="window.__pwned=1\' src="javascript:window.__pwned=2" ' +
  'layout="grid onmouseover=window.__pwned=3" onload="window.__pwned=4" heading-level="9" colour="red" cache]';

const php = (code) => `<?php
require '/wordpress/wp-load.php';
${code}`;

export const siteBlueprint = () => ({
  preferredVersions: { php: '8.2', wp: 'latest' },
  steps: [
    { step: 'defineWpConfigConsts', consts: { DISABLE_WP_CRON: true } },
    { step: 'installPlugin', pluginData: { resource: 'vfs', path: '/zips/impact-stories.zip' }, options: { activate: true } },
    {
      step: 'runPHP',
      code: php(`
wp_set_password( ${JSON.stringify(ADMIN.password)}, 1 );
wp_insert_user( array( 'user_login' => ${JSON.stringify(AUTHOR.login)}, 'user_pass' => ${JSON.stringify(AUTHOR.password)}, 'role' => 'author', 'user_email' => 'ayla@example.org' ) );
update_option( 'impact_stories_options', array( 'feed_url' => ${JSON.stringify(FEED_PATH)}, 'fallback_text' => 'Read our impact stories', 'fallback_url' => 'https://www.ilo.org/impact-stories' ) );
kses_remove_filters();
wp_insert_post( array( 'post_title' => 'Hostile shortcode, unfiltered', 'post_name' => 'hostile-unfiltered', 'post_status' => 'publish', 'post_author' => 1, 'post_content' => ${JSON.stringify(HOSTILE_SHORTCODE)} ) );
wp_insert_post( array( 'post_title' => 'No stories here', 'post_name' => 'no-stories', 'post_status' => 'publish', 'post_author' => 1, 'post_content' => '<!-- wp:paragraph --><p>A post without the block or the shortcode.</p><!-- /wp:paragraph -->' ) );
`),
    },
  ],
});
