import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './styles.css';
import { App } from './app/App';
import { ROOMS } from './app/rooms';
import { engineOwner } from './engine/engineOwner';
import { LocaleProvider } from './i18n/locale';

// Start the engine and fetch the corpus before the first render, and load the first room's code meanwhile.
void engineOwner.start().catch(() => undefined);
ROOMS[0].preload();
window.addEventListener('pagehide', () => void engineOwner.terminate());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <App />
    </LocaleProvider>
  </StrictMode>,
);
