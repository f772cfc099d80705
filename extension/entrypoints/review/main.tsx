import { render } from 'preact';
import { ReviewApp } from '@/components/review/review-app';

render(<ReviewApp />, document.getElementById('app')!);
