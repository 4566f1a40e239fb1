import { spawn } from 'node:child_process';

// `npm run dev`: the server (restarted when its code changes) and Vite's dev server with hot
// reload, which proxies /api and /sync to it. Open the Vite address it prints.
const port = process.env.PORT ?? '5173';
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], {
    stdio: 'inherit',
    // Pages come from Vite's address, which the proxy passes on as Host and Origin: the server
    // must take it for its own (siteGuard.ts).
    env: { PUBLIC_URL: 'http://localhost:5174', ...process.env, PORT: port },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
    stdio: 'inherit',
    env: { ...process.env, JOURNEYBOARD_BACKEND: `http://127.0.0.1:${port}` },
  }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', stop));
