import { useUi, type QuickPickRequest } from '../state/uiStore';
import { closeQuick } from '../state/uiActions';

/** Let the user choose one item in the quick pick, by typing part of its label; undefined when cancelled. */
export function pickOne(request: Omit<QuickPickRequest, 'resolve'>): Promise<string | undefined> {
  closeQuick();
  return new Promise((resolve) => {
    useUi.setState({ quick: { kind: 'pick', request: { ...request, resolve } } });
  });
}

/** Answer the open quick pick with an item's id. */
export function answerPick(id: string): void {
  const q = useUi.getState().quick;
  if (q?.kind !== 'pick') return;
  useUi.setState({ quick: null });
  q.request.resolve(id);
}
