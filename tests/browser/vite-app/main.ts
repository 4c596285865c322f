// An ATS frontend using the package from a bundler, with its TypeScript types.
import init, { attach, validate, type AttachOptions, type EditorAdapter, type Report, type Severity, type WidgetHandle } from 'tmt-validator/widget';
import { contenteditable } from 'tmt-validator/widget/editors/contenteditable.js';

await init();
const reports: Report[] = [];
// A rich-text field through an editor adapter (its own module, with its types).
const marketing: EditorAdapter = contenteditable(document.getElementById('marketing')!, { field: 'position.marketingDescription.fi' });
const options: AttachOptions = { lang: 'en', summary: '#summary', highlights: true, editors: [marketing], onReport: (report) => reports.push(report) };
const handle: WidgetHandle = attach('#ad-form', options);
const direct = validate({ languages: ['fi'], position: { title: { fi: 'Myyjä' }, jobDescription: { fi: 'Haemme alle 30-vuotiasta myyjää.' } } }, { lang: 'en' });
const rulesOf = (report: Report | null, severity: Severity) => (report?.diagnostics ?? []).filter((d) => d.severity === severity).map((d) => d.rule);
const status = document.getElementById('status')!;
status.textContent = JSON.stringify({ reports: reports.length, errors: rulesOf(handle.report(), 'error'), direct: rulesOf(direct, 'error') });
(window as unknown as { handle: WidgetHandle }).handle = handle;
document.documentElement.dataset.ready = 'true';
