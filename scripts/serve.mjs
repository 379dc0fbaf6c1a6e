// Serves the repository on localhost for the demo: `node scripts/serve.mjs [--port 8000]`.
import { startStaticServer } from './static-server.mjs';

const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : process.env.PORT) || 8000;
const { url } = await startStaticServer(port);
console.log(`Impact stories demo: ${url}/packages/pages/demo/`);
console.log('Press Ctrl+C to stop.');
