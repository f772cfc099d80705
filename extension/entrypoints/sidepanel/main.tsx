import { render } from 'preact';
import { SidePanel } from '@/components/side-panel';

render(<SidePanel />, document.getElementById('app')!);
