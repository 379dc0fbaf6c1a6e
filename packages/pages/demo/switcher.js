// The demo's language and theme switcher: applies the choice to every widget on the page.
const form = document.getElementById('switcher');
const widgets = () => document.querySelectorAll('impact-story-list, impact-story-card');
const rightToLeft = new Set(['ar']);

function apply() {
  const data = new FormData(form);
  const language = String(data.get('language'));
  const theme = String(data.get('theme'));
  document.documentElement.lang = language;
  document.documentElement.dir = rightToLeft.has(language) ? 'rtl' : 'ltr';
  for (const widget of widgets()) {
    widget.setAttribute('locale', language);
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
}

form.addEventListener('change', apply);
