// What a user does in WordPress's own screens, driven in Chromium: log in, publish through the REST API, and
// build a post in the block editor.

/** Logs `user` in through wp-login.php's form. */
export async function logIn(page, siteUrl, user) {
  await page.goto(`${siteUrl}/wp-login.php`);
  // Filled and sent in one step: the login page empties and focuses its user field 200 ms after it loads.
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate(({ login, password }) => {
      document.getElementById('user_login').value = login;
      document.getElementById('user_pass').value = password;
      document.getElementById('loginform').requestSubmit(document.getElementById('wp-submit'));
    }, user),
  ]);
  if (page.url().includes('wp-login.php')) {
    const error = await page.$eval('#login_error', (box) => box.textContent.trim()).catch(() => 'no message');
    throw new Error(`${user.login} could not log in: ${error}`);
  }
}

/** Publishes a post as the logged-in user through the REST API (which applies kses as the editor does). */
export async function publishWithRest(page, siteUrl, { title, content }) {
  await page.goto(`${siteUrl}/wp-admin/`);
  return page.evaluate(
    async (post) => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch('/?rest_route=/wp/v2/posts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
        body: JSON.stringify({ ...post, status: 'publish' }),
      });
      if (!response.ok) throw new Error(`REST ${response.status}: ${await response.text()}`);
      return response.json();
    },
    { title, content },
  );
}

/**
 * In the block editor, as the logged-in user: a new post with the block, its preview and its inspector read,
 * then published. Returns the permalink and what the editor showed.
 */
export async function insertBlockAndPublish(page, siteUrl, { title, attributes, screenshot }) {
  await page.goto(`${siteUrl}/wp-admin/post-new.php`);
  await page.waitForFunction(
    () => window.wp?.data?.select('core/editor')?.getCurrentPostId?.() && window.wp.blocks.getBlockType('impact-stories/list'),
  );
  await page.evaluate(
    (title, attributes) => {
      const { data, blocks } = window.wp;
      const block = blocks.createBlock('impact-stories/list', attributes);
      data.dispatch('core/editor').editPost({ title });
      data.dispatch('core/block-editor').insertBlocks(block);
      data.dispatch('core/block-editor').selectBlock(block.clientId);
    },
    title,
    attributes,
  );
  const previewTitles = await page.waitForFunction(() => {
    // The editor draws blocks in an iframe where it has one (6.3 and newer), else in its own document.
    const canvas = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument ?? document;
    const list = canvas.querySelector('.wp-block-impact-stories-list impact-story-list');
    const titles = [...(list?.shadowRoot?.querySelectorAll('article :is(h2, h3)') ?? [])].map((heading) => heading.textContent.trim());
    return list?.matches(':state(loaded)') && titles.length > 0 && titles;
  });
  const menu = (label) =>
    page.waitForFunction(
      (label) => {
        const field = [...document.querySelectorAll('.block-editor-block-inspector label')].find(
          (each) => each.textContent.trim() === label,
        );
        const select = field && document.getElementById(field.htmlFor);
        return select?.tagName === 'SELECT' && [...select.options].map((option) => option.value);
      },
      {},
      label,
    );
  const editor = {
    iframed: await page.evaluate(() => Boolean(document.querySelector('iframe[name="editor-canvas"]'))),
    previewTitles: await previewTitles.jsonValue(),
    projects: await (await menu('Project')).jsonValue(),
    years: await (await menu('Year')).jsonValue(),
    layouts: await (await menu('Layout')).jsonValue(),
    groupings: await (await menu('Grouping')).jsonValue(),
    themes: await (await menu('Theme')).jsonValue(),
  };
  // The welcome guide opens once the user's preferences arrive, whatever was set before.
  await page.$$eval('.edit-post-welcome-guide [aria-label="Close dialog"], .edit-post-welcome-guide [aria-label="Close"]', (buttons) =>
    buttons.forEach((button) => button.click()),
  );
  await page.waitForFunction(() => !document.querySelector('.edit-post-welcome-guide'));
  if (screenshot) await page.screenshot({ path: screenshot, type: 'webp', quality: 80 });
  const permalink = await page.evaluate(async () => {
    const { data } = window.wp;
    data.dispatch('core/editor').editPost({ status: 'publish' });
    await data.dispatch('core/editor').savePost();
    return data.select('core/editor').getPermalink();
  });
  return { permalink, editor };
}
