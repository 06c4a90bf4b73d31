// The candidate's offer page: accept (a code is sent), confirm the code (the offer is signed), or decline (a code is
// sent, then the reason and the code decline the offer).
(function () {
  const root = document.getElementById('candidate-offer');
  if (!root) {
    return;
  }
  const api = root.dataset.api;
  const message = document.getElementById('message');

  function show(problem) {
    message.textContent = problem.detail || problem.title || String(problem.status);
    message.classList.remove('d-none');
  }

  async function post(path, body) {
    message.classList.add('d-none');
    const response = await fetch(api + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': document.documentElement.lang },
      body: body ? JSON.stringify(body) : null
    });
    const json = await response.json().catch(() => ({ status: response.status }));
    if (!response.ok) {
      show(json);
      return null;
    }
    return json;
  }

  // Asking for a code, to accept or to decline, shows the step where it is entered.
  function asksForCode(buttonId, path, stepId, inputId) {
    const button = document.getElementById(buttonId);
    if (button) {
      button.addEventListener('click', async () => {
        if (await post(path)) {
          document.getElementById(stepId).classList.remove('d-none');
          document.getElementById(inputId).focus();
        }
      });
    }
  }

  asksForCode('accept', '/accept', 'code-form', 'code');
  asksForCode('decline-code', '/decline-code', 'decline-code-step', 'decline-code-input');
  const codeForm = document.getElementById('code-form');
  if (codeForm) {
    codeForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await post('/confirm', { code: document.getElementById('code').value.trim() })) {
        window.location.reload();
      }
    });
  }
  const declineForm = document.getElementById('decline-form');
  if (declineForm) {
    declineForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await post('/decline', {
        reason: document.getElementById('reason').value,
        code: document.getElementById('decline-code-input').value.trim()
      })) {
        window.location.reload();
      }
    });
  }
})();
