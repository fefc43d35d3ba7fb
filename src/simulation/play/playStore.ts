import { create } from 'zustand';
import type { Journey } from '../../../runtime/model/journey';
import type { Player, PlayState } from '../model/playCustomer';
import type { CustomerDraft } from './customerDraft';

/** A customer played by hand: the live machine's states so far (the last is the current one). */
export interface PlaySession {
  journey: Journey;
  player: Player;
  customer: Record<string, unknown>;
  history: PlayState[];
}

export interface PlayStoreState {
  drafts: Record<string, CustomerDraft | undefined>;
  sessions: Record<string, PlaySession | undefined>;
  errors: Record<string, string | undefined>;
}

export const usePlay = create<PlayStoreState>()(() => ({ drafts: {}, sessions: {}, errors: {} }));
