// Asks before a form is sent when the button that sends it carries data-rw-confirm="question" (the dialog is
// Pages/Shared/_ConfirmDialog.cshtml). Without script, or before Bootstrap's has loaded, the form is sent at once.
(() => {
  const dialog = document.getElementById('rw-confirm');
  if (!dialog || !window.bootstrap) return;
  const modal = window.bootstrap.Modal.getOrCreateInstance(dialog);
  const yes = document.getElementById('rw-confirm-yes');
  let pending = null;

  document.addEventListener('submit', event => {
    const button = event.submitter;
    if (!button || !button.dataset.rwConfirm || button.dataset.rwConfirmed) return;
    event.preventDefault();
    pending = button;
    document.getElementById('rw-confirm-question').textContent = button.dataset.rwConfirm;
    yes.textContent = button.textContent.trim(); // the dialog's Yes says what will happen
    modal.show();
  });

  yes.addEventListener('click', () => {
    if (!pending) return;
    const button = pending;
    pending = null;
    button.dataset.rwConfirmed = 'true';
    modal.hide();
    button.form.requestSubmit(button);
  });
})();
