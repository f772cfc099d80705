import { render } from 'preact';
import { OptionsForm } from '@/components/options-form';

render(<OptionsForm />, document.getElementById('app')!);
