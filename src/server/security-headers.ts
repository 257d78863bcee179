/**
 * Security headers (helmet) on every answer. The content security policy allows only this
 * server's own scripts, styles and connections — the playground and the explorer load nothing
 * from elsewhere — plus inline styles (GraphiQL and the explorer set style attributes), `data:`
 * and `blob:` images (the explorer's PNG export draws its SVG through a blob URL) and `blob:`
 * workers.
 */
import type express from 'express';
import helmet from 'helmet';

export function securityHeaders(): express.RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        // The explorer's network layout (ForceAtlas2) runs in a worker made from a blob URL.
        'worker-src': ["'self'", 'blob:'],
        // Served over plain HTTP on loopback by default: never rewrite its URLs to https.
        'upgrade-insecure-requests': null,
      },
    },
    // Sent only where TLS is in front; never for the operator's other subdomains.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
  });
}
