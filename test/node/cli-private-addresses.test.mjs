// The command reads URLs as the server renderer does: never from a loopback or private address, unless the
// publisher says --allow-private-addresses (a CMS on the intranet, a feed served on their own machine).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { root, scratchFolder } from './cli-process.mjs';

const { scratch } = await scratchFolder('impact-stories-private-');
const rss = await readFile(join(root, 'test/fixtures/wordpress-rss.xml'));
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/rss+xml' });
  response.end(rss);
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
after(() => server.close());
// Listening on a host and port, its address is an AddressInfo.
const feedUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/feed.xml`;

/** The command run as a process, without blocking this one's server. @param {string[]} args */
const cli = (...args) =>
  promisify(execFile)(process.execPath, [join(root, 'packages/cli/impact-stories.mjs'), ...args], { cwd: root, encoding: 'utf8' }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

test('every command that reads a URL refuses a loopback address, and reads it with --allow-private-addresses', async () => {
  const commands = {
    validate: [feedUrl],
    convert: [feedUrl, '-o', join(scratch, 'feed.json')],
    split: [feedUrl, '-o', join(scratch, 'split')],
    render: ['--src', feedUrl],
  };
  for (const [command, args] of Object.entries(commands)) {
    assert.match((await cli(command, '--help')).stdout, /--allow-private-addresses/, `${command} --help`);
    const refused = await cli(command, ...args);
    assert.equal(refused.code, 1, `${command}: ${refused.stderr}`);
    assert.match(refused.stderr, /127\.0\.0\.1.*loopback/, command);
    const allowed = await cli(command, ...args, '--allow-private-addresses');
    assert.equal(allowed.code, 0, `${command}: ${allowed.stderr}`);
  }
  const written = JSON.parse(await readFile(join(scratch, 'feed.json'), 'utf8'));
  assert.equal(written.items[0].title, 'Apprentices & employers meet in Dhaka');
});
