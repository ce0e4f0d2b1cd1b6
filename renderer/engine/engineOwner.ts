import { startWorkbench, type StartedWorkbench, type StartupStage } from './startup';

type Listener = (stage: StartupStage) => void;

/**
 * The one owner of the engine: starts it once, as soon as the page loads (before React renders), and
 * terminates it when the page goes away. The shell subscribes to its progress.
 */
class EngineOwner {
  private stage: StartupStage = 'corpus';
  private listeners = new Set<Listener>();
  private started: Promise<StartedWorkbench> | null = null;
  private engine: StartedWorkbench['engine'] | null = null;

  start(): Promise<StartedWorkbench> {
    this.started ??= startWorkbench((s) => {
      this.stage = s;
      for (const l of this.listeners) l(s);
    }).then((wb) => {
      this.engine = wb.engine;
      return wb;
    });
    return this.started;
  }

  currentStage(): StartupStage {
    return this.stage;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async terminate(): Promise<void> {
    await this.engine?.terminate();
  }
}

export const engineOwner = new EngineOwner();
