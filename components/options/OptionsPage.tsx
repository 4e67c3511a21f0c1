import { type ReactNode, useEffect } from 'react';
import { SETTING_GROUPS, SETTING_META, type SettingGroup } from '@/utils/settings/meta';
import type { ResolvedSettings } from '@/utils/settings/resolve';
import { type SettingKey, type Settings, settingsShape } from '@/utils/settings/schema';
import { PolicyWarnings } from './PolicyWarnings';
import { SettingField } from './SettingField';
import './options.css';

const SECTION_IDS: Record<SettingGroup | 'About', string> = {
  'Blind mode': 'blind-mode',
  Detection: 'detection',
  'Writing help': 'writing-help',
  'Local model': 'local-model',
  'Data and audit': 'data-and-audit',
  About: 'about',
};

const INTROS: Record<SettingGroup, string> = {
  'Blind mode': 'Where BlindHire masks candidates, and whether masked items may be revealed.',
  Detection: 'Which identifiers are masked and how sure the detector must be.',
  'Writing help': 'Where writing help may send text. Only masked text ever goes to a cloud service.',
  'Local model': 'The language model that runs inside your browser, on this device.',
  'Data and audit': 'What BlindHire keeps on this device, for how long, and the record of what happened.',
};

export interface OptionsPageProps {
  settings: ResolvedSettings | null;
  /** Shown instead of the settings when they could not be loaded. */
  loadError?: string | null;
  onSet: <K extends SettingKey>(key: K, value: Settings[K]) => Promise<void>;
  /** Extra content per section, after its generic fields (other features' panels, the audit log…). */
  extras?: Partial<Record<SettingGroup, ReactNode>>;
  /** Keys a section's extra panel edits itself, so they are not shown twice. */
  handledKeys?: readonly SettingKey[];
  about: { version: string; extensionId: string };
}

/** The options page: every setting grouped, with locks, help text and policy warnings. */
export function OptionsPage({
  settings,
  loadError,
  onSet,
  extras = {},
  handledKeys = [],
  about,
}: OptionsPageProps) {
  const keys = Object.keys(settingsShape) as SettingKey[];
  const ready = settings !== null;
  // The sections exist only once the settings are read, after the browser tried the address's
  // #section: go there now, and stay there while the panels around it load and change the page's
  // height, until the user scrolls, clicks or types (or 5 s have passed).
  useEffect(() => {
    if (!ready || !location.hash) return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    const go = () => target.scrollIntoView();
    go();
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(go) : undefined;
    resize?.observe(document.body);
    const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
    const stop = () => {
      resize?.disconnect();
      for (const e of events) removeEventListener(e, stop, true);
    };
    for (const e of events) addEventListener(e, stop, { capture: true, passive: true });
    const timer = setTimeout(stop, 5000);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [ready]);
  const handled = new Set(handledKeys);
  return (
    <div className="bh-options">
      <header>
        <h1>BlindHire settings</h1>
        <nav aria-label="Sections">
          <ul>
            {[...SETTING_GROUPS, 'About' as const].map((g) => (
              <li key={g}>
                <a href={`#${SECTION_IDS[g]}`}>{g}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        {settings === null ? (
          loadError ? (
            <p role="alert" className="bh-error">
              Settings could not be loaded: {loadError}
            </p>
          ) : (
            <p role="status">Loading settings…</p>
          )
        ) : (
          <>
            <PolicyWarnings warnings={settings.warnings} />
            {settings.locked.length > 0 ? (
              <p className="bh-managed-note" data-testid="managed-note">
                Your organisation manages {settings.locked.length} setting(s); they are marked “Set by your
                organisation” and cannot be changed here.
              </p>
            ) : null}
            {SETTING_GROUPS.map((group) => (
              <section key={group} id={SECTION_IDS[group]} aria-labelledby={`${SECTION_IDS[group]}-title`}>
                <h2 id={`${SECTION_IDS[group]}-title`}>{group}</h2>
                <p className="bh-intro">{INTROS[group]}</p>
                {keys
                  .filter((k) => SETTING_META[k].group === group && !handled.has(k))
                  .filter((k) => !SETTING_META[k].policyOnly || settings.locked.includes(k))
                  .map((k) => (
                    <SettingField
                      key={k}
                      settingKey={k}
                      value={settings.values[k]}
                      locked={settings.locked.includes(k)}
                      onChange={(v) => onSet(k, v)}
                    />
                  ))}
                {extras[group]}
              </section>
            ))}
          </>
        )}
        <section id={SECTION_IDS.About} aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          <dl className="bh-about">
            <dt>Version</dt>
            <dd data-testid="about-version">{about.version}</dd>
            <dt>Extension id</dt>
            <dd>
              <code data-testid="about-extension-id">{about.extensionId}</code> (administrators name it in
              policies; see docs/ADMIN.md)
            </dd>
          </dl>
          <p>
            BlindHire masks candidate identifiers on recruiting sites, on this device. The vault that maps
            placeholders back to names is encrypted and never leaves the browser.
          </p>
        </section>
      </main>
    </div>
  );
}
