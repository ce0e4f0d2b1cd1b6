import { engineOwner } from './engine/engineOwner';

// The engine and the corpus start first, from this small entry; React and the shell load beside them.
void engineOwner.start().catch(() => undefined);
window.addEventListener('pagehide', () => void engineOwner.terminate());
void import('./boot');
