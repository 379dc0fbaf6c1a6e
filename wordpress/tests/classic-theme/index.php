<?php
/**
 * The one template: the head, the posts of the query, and a footer area with a shortcode, as a widget would be.
 *
 * @package ImpactStoriesTestTheme
 */

?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head><meta charset="<?php bloginfo( 'charset' ); ?>"><?php wp_head(); ?></head>
<body>
<main>
<?php
while ( have_posts() ) {
	the_post();
	echo '<article><h1>' . esc_html( get_the_title() ) . '</h1>';
	the_content();
	echo '</article>';
}
?>
</main>
<?php if ( isset( $_GET['footer-stories'] ) ) : // phpcs:ignore WordPress.Security.NonceVerification.Recommended ?>
<footer><?php echo do_shortcode( '[impact_stories limit="1" layout="compact"]' ); ?></footer>
<?php endif; ?>
<?php wp_footer(); ?>
</body>
</html>
