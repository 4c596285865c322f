// An ATS frontend using the package from a bundler, with its TypeScript types.
import init, { attach, validate, type AttachOptions, type Report, type Severity, type WidgetHandle } from 'tmt-validator/widget';

await init();
const reports: Report[] = [];
const options: AttachOptions = { lang: 'en', summary: '#summary', onReport: (report) => reports.push(report) };
const handle: WidgetHandle = attach('#ad-form', options);
const direct = validate({ languages: ['fi'], position: { title: { fi: 'Myyjä' }, jobDescription: { fi: 'Haemme alle 30-vuotiasta myyjää.' } } }, { lang: 'en' });
const rulesOf = (report: Report | null, severity: Severity) => (report?.diagnostics ?? []).filter((d) => d.severity === severity).map((d) => d.rule);
const status = document.getElementById('status')!;
status.textContent = JSON.stringify({ reports: reports.length, errors: rulesOf(handle.report(), 'error'), direct: rulesOf(direct, 'error') });
(window as unknown as { handle: WidgetHandle }).handle = handle;
document.documentElement.dataset.ready = 'true';
