// An ATS frontend using the package from a bundler, with its TypeScript types.
import init, { attach, validate, type AttachOptions, type Report, type WidgetHandle } from 'tmt-validator';

await init();
const reports: Report[] = [];
const options: AttachOptions = { lang: 'en', summary: '#summary', onReport: (report) => reports.push(report) };
const handle: WidgetHandle = attach('#ad-form', options);
const direct = validate({ languages: ['fi'], position: { title: { fi: 'Myyjä' } } }, { lang: 'en' });
const status = document.getElementById('status')!;
status.textContent = JSON.stringify({ reports: reports.length, last: handle.report()?.counts, direct: direct.counts });
(window as unknown as { handle: WidgetHandle }).handle = handle;
document.documentElement.dataset.ready = 'true';
