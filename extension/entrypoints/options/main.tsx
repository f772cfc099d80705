import { render } from 'preact';
import { OptionsForm } from '@/options/options-form';
import { uiLanguage } from '@/lib/i18n';

document.documentElement.lang = uiLanguage();
render(<OptionsForm />, document.getElementById('app')!);
