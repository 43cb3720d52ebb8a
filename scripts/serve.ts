/** Serves the built site: `npm start` runs this after `npm run build`. */
import { createStaticServer } from './lib/static-server.ts';

const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 4321);
createStaticServer('dist').listen(port, host, () => {
  console.log(`西城幸福e家 已启动：http://${host}:${port}/  （按 Ctrl+C 停止）`);
});
