// The bench's reference page (see Front.svelte): the app's stylesheet, one component.
import { mount } from 'svelte';
import '../../src/styles/app.css';
import Front from './Front.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks #app');
mount(Front, { target });
