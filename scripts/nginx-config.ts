/**
 * Writes deploy/nginx.conf and deploy/nginx/* with the placeholders filled in, for a server:
 *   npx node scripts/nginx-config.ts --root /srv/ehome/dist --listen 80 \
 *     --server-name ehome.example.gov.cn --out /etc/nginx/ehome [--run-dir /var/lib/ehome-nginx] [--user www-data]
 * Then either include <out>/nginx/ehome.conf inside the distribution's http {} (conf.d/), or run
 * a dedicated nginx with -c <out>/nginx.conf. README “Deploy” has the whole procedure.
 */
import { parseArgs } from 'node:util';
import { renderNginxConfig } from './lib/nginx-config.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    listen: { type: 'string', default: '80' },
    'server-name': { type: 'string', default: 'localhost' },
    out: { type: 'string' },
    'run-dir': { type: 'string', default: '/var/lib/ehome-nginx' },
    user: { type: 'string' },
    'no-brotli': { type: 'boolean', default: false },
  },
});
if (!values.root || !values.out) {
  console.error('用法：npx node scripts/nginx-config.ts --root <dist 的绝对路径> --out <输出目录> [--listen 80] [--server-name 域名] [--run-dir 目录] [--user www-data] [--no-brotli]');
  process.exit(2);
}
const config = renderNginxConfig(
  {
    root: values.root,
    listen: values.listen,
    serverName: values['server-name'],
    runDir: values['run-dir'],
    ...(values.user ? { user: values.user } : {}),
    ...(values['no-brotli'] ? { brotliModule: null } : {}),
  },
  values.out,
);
console.log(`nginx 配置已写入 ${values.out}（brotli_static：${config.brotli ? '启用' : '未安装，只发送 .gz'}）`);
console.log(`检查：nginx -t -c ${config.confPath}`);
