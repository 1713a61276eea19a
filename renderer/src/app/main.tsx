import '../styles/tokens.css';
import '../styles/fonts.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/dialog.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBanner } from '../ui/ErrorBanner';
import { watchUncaughtErrors } from './uncaught-errors';

// A failure nobody caught still reaches the user rather than the console only, and the support log in the desktop app.
watchUncaughtErrors();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
    <ErrorBanner />
  </StrictMode>,
);
