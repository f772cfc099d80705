import { render } from 'preact';
import { SidePanel } from '@/sidepanel/views/side-panel';
import { uiLanguage } from '@/lib/i18n';

document.documentElement.lang = uiLanguage();
render(<SidePanel />, document.getElementById('app')!);
