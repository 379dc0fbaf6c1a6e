// A TCP port on 127.0.0.1 that nothing listens on now, for a server that must be given one.
import { createServer } from 'node:net';

/** @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      // Listening on an IP address, so the address is an AddressInfo, not a pipe's name.
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
