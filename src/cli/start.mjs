// `npm start`: brings dist/ up to date when src/ or migrations/ changed (transpile only, no
// type-check: see build.mjs), then runs the built server in this same process.
import { build } from './build.mjs';

await build({ ifStale: true });
await import('../../dist/main.js');
