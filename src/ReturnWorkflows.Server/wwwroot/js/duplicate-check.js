// The duplicate check while a person is typed in, on the intake and on the case page's "Add a family member": when
// focus leaves a person's row (or a field of it changes) and its names, nationality and a date or year of birth are
// there, the page asks the server whether someone like that is known to an office, and shows the row's notice with
// the offices' names. Without script the same check runs when the form is sent (Pages/Cases/New.cshtml.cs,
// Pages/Cases/Case.Members.cs).
document.querySelectorAll('form[data-rw-intake], form[data-rw-add-member]').forEach(form => {
  const url = form.dataset.rwDuplicateUrl ?? '/cases/new?handler=DuplicateCheck';
  const fields = ['givenNames', 'familyName', 'dateOfBirth', 'estimatedBirthYear', 'nationality'];
  const asked = new Map(); // prefix -> the values last asked about, so a blur without a change asks nothing

  const valueOf = (prefix, field) => (form.elements[`${prefix}.details.${field}`]?.value ?? '').trim();

  async function check(prefix) {
    const values = fields.map(f => valueOf(prefix, f));
    const [given, family, born, year, nationality] = values;
    if (!given || !family || nationality.length !== 2 || !(born || /^\d{4}$/.test(year))) return;
    const key = values.join('\u0000');
    if (asked.get(prefix) === key) return;
    asked.set(prefix, key);

    const body = new FormData(form);
    body.set('person', prefix);
    let answer;
    try {
      const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
      if (!response.ok) return;
      answer = await response.json();
    } catch {
      return; // the check runs again when the form is sent
    }
    show(prefix, answer);
  }

  function show(prefix, answer) {
    const notice = form.querySelector(`[data-rw-duplicate-for="${CSS.escape(prefix)}"]`);
    if (!notice) return;
    const offices = answer.possibleMatch ? answer.offices : [];
    notice.querySelector('[data-rw-duplicate-offices]').value = offices.map(o => o.code).join(',');
    notice.querySelector('[data-rw-duplicate-names]').textContent = offices.map(o => `${o.name} (${o.code})`).join(', ');
    notice.querySelector('[data-rw-duplicate-alert]').hidden = offices.length === 0;
  }

  const prefixOf = target => {
    const match = /^(principal|members\[\d+\]|member)\.details\.(\w+)$/.exec(target.name ?? '');
    return match && fields.includes(match[2]) ? match[1] : null;
  };
  form.addEventListener('change', event => {
    const prefix = prefixOf(event.target);
    if (prefix) check(prefix);
  });
  form.addEventListener('focusout', event => {
    const prefix = prefixOf(event.target);
    if (prefix) check(prefix);
  });
});
