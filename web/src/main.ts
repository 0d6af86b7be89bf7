// Entry point: styles, then the shell over #app.
import './styles/base.css';
import './styles/network.css';
import './styles/panel.css';
import { startShell } from './shell.ts';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
startShell(root);
