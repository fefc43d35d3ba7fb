import { useEffect, useMemo, useRef, useState } from 'react';
import { useUi, type QuickMode } from '../state/uiStore';
import { answerQuick, closeQuick, openQuick } from '../state/uiActions';
import { commands, displayBinding } from '../commands/commandRegistry';
import { isMacPlatform } from '../app/keybindings';
import { useWorkspace, sortedDocs } from '../state/workspaceStore';
import { openDocument } from '../app/fileActions';
import { fuzzyMatch } from './fuzzyMatch';
import { useCommandsVersion } from './useCommandsVersion';
import { Highlighted } from './Highlighted';
import { answerPick } from './pickOne';

interface Item {
  id: string;
  label: string;
  detail?: string;
  keybinding?: string;
  positions: number[];
  run: () => void;
}

const recentCommands: string[] = [];
const MAX_ITEMS = 200;

function rememberCommand(id: string) {
  const i = recentCommands.indexOf(id);
  if (i >= 0) recentCommands.splice(i, 1);
  recentCommands.unshift(id);
  recentCommands.length = Math.min(recentCommands.length, 20);
}

function commandItems(query: string): Item[] {
  const mac = isMacPlatform();
  const scored = commands
    .enabled()
    .filter((c) => c.id !== 'workbench.action.showCommands' || query)
    .map((c) => {
      const label = c.category ? `${c.category}: ${c.title}` : c.title;
      const m = fuzzyMatch(query, label);
      return m && { c, label, m };
    })
    .filter((x) => !!x);
  const recency = (id: string) => {
    const i = recentCommands.indexOf(id);
    return i < 0 ? 0 : 100 - i;
  };
  scored.sort((a, b) => (query ? b.m.score - a.m.score : recency(b.c.id) - recency(a.c.id)) || a.label.localeCompare(b.label));
  return scored.slice(0, MAX_ITEMS).map(({ c, label, m }) => ({
    id: c.id,
    label,
    positions: m.positions,
    ...(recentCommands.includes(c.id) && !query ? { detail: 'recently used' } : {}),
    ...(c.keybinding ? { keybinding: displayBinding(c.keybinding, mac) } : {}),
    run: () => {
      rememberCommand(c.id);
      commands.execute(c.id);
    },
  }));
}

function pickItems(choices: readonly { id: string; label: string; detail?: string }[], query: string): Item[] {
  return choices
    .map((c, i) => ({ c, i, m: fuzzyMatch(query, c.label) }))
    .filter((x) => !!x.m)
    .sort((a, b) => (query ? b.m!.score - a.m!.score : 0) || a.i - b.i)
    .map(({ c, m }) => ({ id: c.id, label: c.label, ...(c.detail ? { detail: c.detail } : {}), positions: m!.positions, run: () => answerPick(c.id) }));
}

function fileItems(query: string): Item[] {
  const docs = sortedDocs(useWorkspace.getState().docs);
  return docs
    .map((d) => ({ d, m: fuzzyMatch(query, d.path) }))
    .filter((x) => !!x.m)
    .sort((a, b) => b.m!.score - a.m!.score)
    .map(({ d, m }) => ({ id: d.id, label: d.path, detail: d.kind === 'journey' ? 'journey' : 'cohort', positions: m!.positions, run: () => openDocument(d.id) }));
}

/** The command palette (Ctrl/Cmd+Shift+P, F1), quick open (Ctrl/Cmd+P) and the input box. */
export function QuickPick() {
  const quick = useUi((s) => s.quick);
  if (!quick) return null;
  return <QuickPickWidget key={quick.kind === 'input' || quick.kind === 'pick' ? `${quick.kind}:${quick.request.title}` : 'pick'} quick={quick} />;
}

function QuickPickWidget({ quick }: { quick: QuickMode }) {
  useCommandsVersion();
  const initial = quick.kind === 'commands' ? `>${quick.query}` : quick.kind === 'files' ? quick.query : quick.kind === 'pick' ? '' : quick.request.value;
  const [value, setValue] = useState(initial);
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const docsVersion = useWorkspace((s) => s.docs);

  useEffect(() => {
    input.current?.focus();
    if (quick.kind === 'input') {
      const dot = quick.request.value.indexOf('.');
      input.current?.setSelectionRange(0, dot > 0 ? dot : quick.request.value.length);
    }
  }, [quick]);

  // The prefix decides: ">" lists commands, anything else files (as in VS Code).
  useEffect(() => {
    if (quick.kind === 'commands' && !value.startsWith('>')) openQuick('files', value);
    if (quick.kind === 'files' && value.startsWith('>')) openQuick('commands', value.slice(1));
  }, [quick.kind, value]);

  const items = useMemo(() => {
    void docsVersion;
    if (quick.kind === 'commands') return commandItems(value.replace(/^>/, ''));
    if (quick.kind === 'files') return fileItems(value);
    if (quick.kind === 'pick') return pickItems(quick.request.items, value);
    return [];
  }, [quick, value, docsVersion]);

  const selected = Math.min(index, Math.max(0, items.length - 1));
  useEffect(() => {
    list.current?.querySelector(`[data-index="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const problem = quick.kind === 'input' ? quick.request.validate?.(value) : undefined;

  const accept = (item?: Item) => {
    if (quick.kind === 'input') {
      if (!problem) answerQuick(value);
      return;
    }
    const chosen = item ?? items[selected];
    if (!chosen) return;
    if (quick.kind === 'pick') return answerPick(chosen.id);
    closeQuick();
    chosen.run();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const move = (to: number) => {
      e.preventDefault();
      setIndex(Math.max(0, Math.min(items.length - 1, to)));
    };
    if (e.key === 'ArrowDown') move(selected + 1);
    else if (e.key === 'ArrowUp') move(selected - 1);
    else if (e.key === 'PageDown') move(selected + 10);
    else if (e.key === 'PageUp') move(selected - 10);
    else if (e.key === 'Enter') {
      e.preventDefault();
      accept();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      closeQuick();
    }
  };

  const placeholder = quick.kind === 'commands' ? 'Type the name of a command to run' : quick.kind === 'files' ? 'Search files by name (type > for commands)' : (quick.request.placeholder ?? '');
  const titled = quick.kind === 'input' || quick.kind === 'pick';
  const listName = titled ? quick.request.title : quick.kind === 'commands' ? 'Commands' : 'Files';

  return (
    <div className="ws-quick-backdrop nokey" onPointerDown={(e) => e.target === e.currentTarget && closeQuick()}>
      <div className="ws-quick" role="dialog" aria-label={titled ? quick.request.title : 'Command palette'} data-testid="command-palette">
        {titled && <div className="ws-quick-title">{quick.request.title}</div>}
        <input
          ref={input}
          className="ws-quick-input"
          data-testid="command-palette-input"
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          role={quick.kind === 'input' ? undefined : 'combobox'}
          aria-label={listName}
          aria-expanded={quick.kind === 'input' ? undefined : true}
          aria-autocomplete={quick.kind === 'input' ? undefined : 'list'}
          aria-activedescendant={items[selected] ? `quick-item-${selected}` : undefined}
          aria-controls={quick.kind === 'input' ? undefined : 'quick-list'}
          onChange={(e) => {
            setValue(e.target.value);
            setIndex(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            if (!e.currentTarget.closest('.ws-quick')?.contains(e.relatedTarget as Node)) closeQuick();
          }}
        />
        {quick.kind === 'input' ? (
          <div className={`ws-quick-message${problem ? ' ws-error' : ''}`}>{problem ?? "Press 'Enter' to confirm or 'Escape' to cancel"}</div>
        ) : (
          // The list can be reached with Tab too (it scrolls): the same keys work there.
          <div
            className="ws-quick-list"
            id="quick-list"
            role="listbox"
            aria-label={listName}
            tabIndex={0}
            aria-activedescendant={items[selected] ? `quick-item-${selected}` : undefined}
            ref={list}
            onKeyDown={onKeyDown}
            onBlur={(e) => {
              if (!e.currentTarget.closest('.ws-quick')?.contains(e.relatedTarget as Node)) closeQuick();
            }}
          >
            {items.length === 0 && <div className="ws-quick-empty">{quick.kind === 'commands' ? 'No matching commands' : quick.kind === 'pick' ? 'No matching items' : 'No matching files'}</div>}
            {items.map((item, i) => (
              <div
                key={item.id}
                id={`quick-item-${i}`}
                data-index={i}
                data-testid="quick-item"
                data-id={item.id}
                data-label={item.label}
                role="option"
                aria-selected={i === selected}
                className={`ws-quick-item${i === selected ? ' ws-selected' : ''}`}
                onPointerMove={() => i !== selected && setIndex(i)}
                onPointerDown={(e) => e.preventDefault()}
                onClick={() => accept(item)}
              >
                <span className="ws-quick-label">
                  <Highlighted text={item.label} positions={item.positions} />
                </span>
                {item.detail && <span className="ws-quick-detail">{item.detail}</span>}
                {item.keybinding && <kbd className="ws-kbd">{item.keybinding}</kbd>}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
