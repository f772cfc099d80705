import { render } from 'preact';
import { SidePanel } from '@/components/side-panel';
import { uiLanguage } from '@/lib/i18n';

document.documentElement.lang = uiLanguage();
render(<SidePanel />, document.getElementById('app')!);
