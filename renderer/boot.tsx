import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-jp/700.css';
import './styles.css';
import { App } from './app/App';
import { ROOMS } from './app/rooms';
import { LocaleProvider } from './i18n/locale';

// The first room's code loads while the engine starts.
ROOMS[0].preload();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocaleProvider>
      <App />
    </LocaleProvider>
  </StrictMode>,
);
