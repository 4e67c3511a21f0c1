import { useCallback, useEffect, useState } from 'react';
import { loadSettings, setUserSetting, watchSettings } from './index';
import type { ResolvedSettings } from './resolve';
import type { SettingKey, Settings } from './schema';

export interface UseSettings {
  /** Null until loaded. */
  settings: ResolvedSettings | null;
  /** Why the settings could not be loaded, if they could not. */
  error: string | null;
  /** Stores a user choice (rejects for locked keys or invalid values). */
  set: <K extends SettingKey>(key: K, value: Settings[K]) => Promise<void>;
}

/** The settings in force, kept live (policy and user changes arrive without a reload). */
export function useSettings(): UseSettings {
  const [settings, setSettings] = useState<ResolvedSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    const stop = watchSettings((next) => active && setSettings(next));
    loadSettings().then(
      (first) => active && setSettings((current) => current ?? first),
      (e: unknown) => active && setError(e instanceof Error ? e.message : 'Settings could not be loaded.'),
    );
    return () => {
      active = false;
      stop();
    };
  }, []);
  const set = useCallback(
    <K extends SettingKey>(key: K, value: Settings[K]) => setUserSetting(key, value),
    [],
  );
  return { settings, error, set };
}
