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

export type QuickMode = { kind: 'commands'; query: string } | { kind: 'files'; query: string } | { kind: 'input'; request: QuickInputRequest };

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
