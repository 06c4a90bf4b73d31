// The new hire's onboarding page: saves the form, uploads documents, signs the labour contract (accept, one-time
// code) and submits through the new-hire API.
(function () {
  const root = document.getElementById('new-hire');
  if (!root) {
    return;
  }
  const api = root.dataset.api;
  const message = document.getElementById('message');
  const form = document.getElementById('personal-info');

  function show(text, kind) {
    message.textContent = text;
    message.className = 'alert alert-' + kind;
  }

  function clearErrors() {
    form.querySelectorAll('.is-invalid').forEach(el => el.classList.remove('is-invalid'));
  }

  async function problem(response) {
    const body = await response.json().catch(() => ({}));
    (body.errors || []).forEach(error => {
      const input = form.querySelector('[name="' + error.field + '"]');
      if (input) {
        input.classList.add('is-invalid');
        input.nextElementSibling.textContent = error.message;
      }
    });
    show(body.detail || body.title || response.statusText, 'danger');
  }

  function value(name) {
    const input = form.querySelector('[name="' + name + '"]');
    return input && input.value.trim() !== '' ? input.value.trim() : null;
  }

  function personalInfo() {
    const history = JSON.parse(document.getElementById('history').textContent || '{}');
    return {
      name: value('name'), phone: value('phone'), email: value('email'), idType: value('idType'),
      idNumber: value('idNumber'), birthDate: value('birthDate'), address: value('address'),
      emergencyContact: { name: value('emergencyContact.name'), relation: value('emergencyContact.relation'),
        phone: value('emergencyContact.phone') },
      bank: { bankName: value('bank.bankName'), cardNumber: value('bank.cardNumber') },
      education: history.education || [], workHistory: history.workHistory || [],
      certificates: history.certificates || []
    };
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors();
    const response = await fetch(api + '/personal-info', {
      method: 'PUT', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(personalInfo())
    });
    if (response.ok) {
      show(root.dataset.saved, 'success');
      showContract((await response.json()).contract.state);
    } else {
      await problem(response);
    }
  });

  document.getElementById('upload').addEventListener('submit', async event => {
    event.preventDefault();
    const response = await fetch(api + '/documents', { method: 'POST', body: new FormData(event.target) });
    if (response.ok) {
      const document_ = await response.json();
      const item = document.createElement('li');
      item.textContent = document_.type + ' · ' + document_.fileName;
      document.getElementById('documents').appendChild(item);
      event.target.reset();
    } else {
      await problem(response);
    }
  });

  const contract = document.getElementById('contract');

  function showContract(state) {
    contract.dataset.state = state;
    document.getElementById('contract-waiting').classList.toggle('d-none', state !== 'WAITING_FOR_PERSONAL_INFO');
    document.getElementById('contract-steps').classList
      .toggle('d-none', state === 'WAITING_FOR_PERSONAL_INFO' || state === 'SIGNED');
    document.getElementById('contract-code-step').classList.toggle('d-none', state !== 'CODE_SENT');
    document.getElementById('contract-signed').classList.toggle('d-none', state !== 'SIGNED');
  }

  document.getElementById('contract-accept').addEventListener('click', async () => {
    const response = await fetch(api + '/contract/accept', { method: 'POST', headers: { Accept: 'application/json' } });
    if (response.ok) {
      showContract((await response.json()).state);
      show(contract.dataset.codeSent, 'info');
      document.getElementById('contract-code').focus();
    } else {
      await problem(response);
    }
  });

  document.getElementById('contract-confirm').addEventListener('click', async () => {
    const response = await fetch(api + '/contract/confirm', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ code: document.getElementById('contract-code').value.trim() })
    });
    if (response.ok) {
      showContract((await response.json()).state);
      message.className = 'alert d-none';
    } else {
      await problem(response);
    }
  });

  document.getElementById('submit').addEventListener('click', async () => {
    const response = await fetch(api + '/submit', { method: 'POST', headers: { Accept: 'application/json' } });
    if (response.ok) {
      window.location.reload();
    } else {
      await problem(response);
    }
  });
})();
