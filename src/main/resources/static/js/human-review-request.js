// The candidate's request for a human review of the AI interview: shown once the interview is submitted.
(function () {
  const section = document.getElementById('human-review');
  if (!section) {
    return;
  }
  const done = document.getElementById('done');
  if (done) {
    new MutationObserver(() => {
      if (!done.classList.contains('d-none')) {
        section.classList.remove('d-none');
      }
    }).observe(done, { attributes: true, attributeFilter: ['class'] });
  }
  const button = document.getElementById('human-review-request');
  if (!button) {
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    const error = document.getElementById('human-review-error');
    error.classList.add('d-none');
    const response = await fetch(section.dataset.api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ reason: document.getElementById('human-review-reason').value || null })
    });
    if (response.ok) {
      document.getElementById('human-review-form').classList.add('d-none');
      document.getElementById('human-review-sent').classList.remove('d-none');
    } else {
      const problem = await response.json().catch(() => ({}));
      error.textContent = problem.detail || response.statusText;
      error.classList.remove('d-none');
      button.disabled = false;
    }
  });
})();
