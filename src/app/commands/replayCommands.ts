import { commands, type Disposer } from '../../commands/commandRegistry';
import { activeDoc, activeDocId } from '../activeDocument';
import { resize, showPanel } from '../../state/layoutActions';
import { useLayout } from '../../state/layoutStore';
import { useReplay } from '../../simulation/replay/replayStore';
import { replayStep } from '../../simulation/replay/replayActions';

/** The panel tall enough for a replay or a comparison table. */
function showTall(tab: 'replay' | 'compare'): void {
  showPanel(tab);
  if (useLayout.getState().panelHeight < 340) resize('panelHeight', 340);
}

/** Replay a simulated customer, play one by hand, compare two journeys; step through a replay with F10 / Shift+F10. */
export function registerReplayCommands(): Disposer {
  const journeyActive = () => activeDoc()?.kind === 'journey';
  const session = () => {
    const id = activeDocId();
    return id ? useReplay.getState().sessions[id] : undefined;
  };
  const step = (delta: number) => {
    const id = activeDocId();
    const s = session();
    if (id && s) replayStep(id, s.step + delta);
  };
  const disposers = [
    commands.register({
      id: 'simulation.replay',
      title: 'Replay a Customer…',
      category: 'Simulation',
      when: journeyActive,
      run: () => {
        useReplay.setState({ mode: 'replay' });
        showTall('replay');
      },
    }),
    commands.register({
      id: 'simulation.play',
      title: 'Play the Customer…',
      category: 'Simulation',
      when: journeyActive,
      run: () => {
        useReplay.setState({ mode: 'play' });
        showTall('replay');
      },
    }),
    commands.register({ id: 'simulation.compare', title: 'Compare Two Journeys…', category: 'Simulation', when: journeyActive, run: () => showTall('compare') }),
    commands.register({ id: 'replay.nextStep', title: 'Next Step', category: 'Replay', keybinding: 'F10', when: () => !!session(), run: () => step(1) }),
    commands.register({ id: 'replay.previousStep', title: 'Previous Step', category: 'Replay', keybinding: 'Shift+F10', when: () => !!session(), run: () => step(-1) }),
  ];
  return () => disposers.forEach((d) => d());
}
