import path from 'node:path';
import { defineWxtModule } from 'wxt/modules';

/** The blind-mode content script entrypoint (entrypoints/recruiting.content). */
const CONTENT_SCRIPT = 'recruiting';
/** The module that imports the bundled lists. */
const LEXICON_TS = /[\\/]utils[\\/]detect[\\/]lexicon\.ts$/;
/** Output name of the word lists (LEXICONS_FILE in utils/blind/lexicons.ts). */
const LEXICONS_FILE = 'lexicons.json';
/**
 * BlindHire's viewer for PDF attachments (entrypoints/blind-pdf): blind mode frames it in the
 * content script's sites in place of a résumé's PDF, so those sites must be allowed to load it.
 */
const DOCUMENT_VIEWER = 'blind-pdf.html';

/**
 * Keeps the detection engine's word lists (~380 KB) out of the blind-mode content script: that
 * build gets lexicon-data.remote.ts in place of lexicon-data.ts, the lists are copied into the
 * extension as lexicons.json, and the manifest lets the content script's sites read it (the script
 * fetches it at document start; on sites the user added it asks the background). Extension pages
 * keep the lists bundled. The same sites may also frame the PDF viewer page (DOCUMENT_VIEWER).
 */
export default defineWxtModule({
  name: 'blindhire-lexicons',
  setup(wxt) {
    const detect = path.resolve(wxt.config.root, 'utils/detect');
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' && e.name === CONTENT_SCRIPT)) return;
      const swap = {
        name: 'blindhire-remote-lexicons',
        enforce: 'pre' as const,
        resolveId(source: string, importer: string | undefined) {
          // Only lexicon.ts imports './lexicon-data' (ids may use either slash and carry a query).
          if (source === './lexicon-data' && importer && LEXICON_TS.test(importer.split('?')[0]!))
            return path.join(detect, 'lexicon-data.remote.ts');
          return null;
        },
      };
      config.plugins = [swap, ...(config.plugins ?? [])];
    });
    wxt.hook('build:publicAssets', (_wxt, files) => {
      files.push({ absoluteSrc: path.join(detect, 'data/lexicons.json'), relativeDest: LEXICONS_FILE });
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      const matches = [...new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []))];
      if (manifest.manifest_version === 2) {
        const list = (manifest.web_accessible_resources ?? []) as string[];
        manifest.web_accessible_resources = [...list, LEXICONS_FILE, DOCUMENT_VIEWER];
        return;
      }
      const list = (manifest.web_accessible_resources ??
        []) as chrome.runtime.ManifestV3['web_accessible_resources'] & object;
      manifest.web_accessible_resources = [
        ...list,
        { resources: [LEXICONS_FILE, DOCUMENT_VIEWER], matches },
      ] as typeof manifest.web_accessible_resources;
    });
  },
});
