/**
 * Files the build writes for the web server beside the site, in dist/_deploy/. They travel with the
 * pages they describe; both servers refuse to serve the folder (deploy/nginx/site.conf, static-server.ts).
 */
export const DEPLOY_DIR = '_deploy';
export const CSP_POLICY_FILE = 'content-security-policy.txt';
export const CSP_NGINX_FILE = 'csp-header.conf';
