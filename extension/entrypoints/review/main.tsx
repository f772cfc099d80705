import { render } from 'preact';
import { ReviewApp } from '@/review-page/review-app';

render(<ReviewApp />, document.getElementById('app')!);
