import { useUi } from '../state/uiStore';
import { setTheme } from '../state/uiActions';
import { commands } from '../commands/commandRegistry';
import { AUTOSAVE_DELAY_MS } from '../app/autosave';
import { CurrencySetting } from './CurrencySetting';

/** Preferences: theme, currency; how storage works. */
export function SettingsView() {
  const theme = useUi((s) => s.theme);
  return (
    <div className="ws-settings ws-pad" data-testid="settings">
      <section className="ws-setting">
        <h3>Color Theme</h3>
        <p className="ws-hint">Preferences: Toggle Theme switches between them.</p>
        <div className="ws-segmented" role="radiogroup" aria-label="Color theme">
          {(['dark', 'light'] as const).map((t) => (
            <button key={t} role="radio" aria-checked={theme === t} className={theme === t ? 'ws-active' : ''} data-testid={`theme-${t}`} onClick={() => setTheme(t)}>
              {t === 'dark' ? 'Dark' : 'Light'}
            </button>
          ))}
        </div>
      </section>
      <CurrencySetting />
      <section className="ws-setting">
        <h3>Storage</h3>
        <p className="ws-hint">
          Everything is kept in this browser (IndexedDB). Changes are saved {AUTOSAVE_DELAY_MS} ms after you stop, and when the page closes; each save is a version in History.
        </p>
      </section>
      <section className="ws-setting">
        <h3>Keyboard</h3>
        <button className="ws-button" onClick={() => commands.execute('workbench.action.showCommands')}>
          Show All Commands
        </button>
      </section>
    </div>
  );
}
