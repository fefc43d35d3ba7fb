import { create } from 'zustand';

export type Theme = 'dark' | 'light';
export type Severity = 'info' | 'warning' | 'error';

export interface NotificationAction {
  label: string;
  run: () => void;
}

export interface Notification {
  id: number;
  severity: Severity;
  message: string;
  /** How many times it was notified while shown (the same message again is counted, not repeated). */
  count?: number;
  actions?: NotificationAction[];
}

export interface OutputLine {
  time: number;
  severity: Severity;
  text: string;
}

/** A question for the user in the quick input (VS Code's input box). */
export interface QuickInputRequest {
  title: string;
  value: string;
  placeholder?: string;
  /** A message when the value is not acceptable. */
  validate?: (value: string) => string | undefined;
  resolve: (value: string | undefined) => void;
}

/** A choice among items in the quick pick (VS Code's showQuickPick); resolves with the chosen id, or undefined when cancelled. */
export interface QuickPickRequest {
  title: string;
  placeholder?: string;
  items: { id: string; label: string; detail?: string }[];
  resolve: (id: string | undefined) => void;
}

export type QuickMode = { kind: 'commands'; query: string } | { kind: 'files'; query: string } | { kind: 'input'; request: QuickInputRequest } | { kind: 'pick'; request: QuickPickRequest };

export interface ConflictRequest {
  docId: string;
  path: string;
  theirs: { text: string; rev: number };
}

export interface RevealRequest {
  docId: string;
  line: number;
  column: number;
  seq: number;
}

export interface UiState {
  theme: Theme;
  quick: QuickMode | null;
  notifications: Notification[];
  output: OutputLine[];
  conflicts: ConflictRequest[];
  reveal: RevealRequest | null;
}

export const useUi = create<UiState>()(() => ({ theme: 'dark', quick: null, notifications: [], output: [], conflicts: [], reveal: null }));
