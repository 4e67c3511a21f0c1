import { defineConfig } from 'wxt';

/**
 * Public half of the development signing key (base64 DER SPKI). It pins the extension id to
 * glbanklhlpllpkdpclgnmnlggablklei so that enterprise policies can name it. The private key is
 * not in the repository.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuQIzPRcNhb5vlUCXKsOUjdvwhSA+6MIAKfIXWmIuq3wvpLz3Afc79qK8MkpF04fgx9qnl5OmViiSSCcyqMT5XT7R+C9yuwvxvTK3dh5/Wnrc13PmPNZCouICcZh+GczKlJiPovHFPbAsFBYhCuQd+iYy5YzDDhqp0Y/Pcjv13YPuXVVmprAxdB7FXbM7FUDq/LzHzjSSTAqmgnhQrISYCx/0VIpbzJgvsvLxkYAAik6Gku/ddGCxzMq2uBRUrY2An7ApF2hbO6m+I3OIxsGDonqmBKa907IDOgx+Z8nduRiDVukXoGJZHwNIQMtgPGlR58CiSs5f5bNa76Wu8zgqowIDAQAB';
export const EXTENSION_ID = 'glbanklhlpllpkdpclgnmnlggablklei';
export const GECKO_ID = 'blindhire@blindhire.dev';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'BlindHire',
    description:
      'Blind hiring in the browser: masks candidate identifiers on LinkedIn and ATS pages, on the device.',
    ...(browser === 'firefox' ? {} : { key: EXTENSION_KEY }),
    permissions: [
      'storage',
      'alarms',
      'contextMenus',
      'activeTab',
      'scripting',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel']),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Chrome and Edge validate policy against this schema; Firefox has no such manifest key (it reads
    // policies.json "3rdparty" into storage.managed without a schema) and would warn about it.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : {}),
  }),
});
