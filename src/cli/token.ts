import { loadConfig } from '../config.js';
import { signToken } from '../shared/auth/jwt.js';
import { demoUsers as users } from '../modules/user/index.js';

// Prints a bearer token for a user: `npm run token -- officer`. Signed with the same secret the
// server verifies with (JWT_SECRET, or the one generated under DATA_DIR).
const username = process.argv[2];
if (!username) {
  process.stderr.write(`Usage: npm run token -- <username>\nDemo users: ${users.map((u) => u.username).join(', ')}\n`);
  process.exit(2);
}
if (!users.some((u) => u.username === username)) {
  process.stderr.write(`Note: "${username}" is not a demo user; the token is only accepted if such a user exists.\n`);
}
process.stdout.write(`${await signToken(loadConfig().jwt, username)}\n`);
