// The voluntary self-report after an interview is submitted: only for the fairness report, never for scoring.
document.addEventListener('interview:submitted', function () {
  var $ = function (id) { return document.getElementById(id); };
  var section = $('self-report');
  if (!section) {
    return;
  }
  var api = section.dataset.api;
  function options(select, items) {
    select.replaceChildren();
    items.forEach(function (item) {
      var option = document.createElement('option');
      option.value = item.value;
      option.textContent = item.label;
      option.selected = item.value === 'PREFER_NOT_TO_SAY';
      select.appendChild(option);
    });
  }
  function thanks(form) {
    $('self-report-form').classList.add('d-none');
    $('self-report-thanks').textContent = form.thanks;
    $('self-report-thanks').classList.remove('d-none');
  }
  fetch(api, { headers: { 'Accept': 'application/json' } }).then(function (response) {
    if (!response.ok) {
      return;
    }
    return response.json().then(function (form) {
      $('self-report-title').textContent = form.title;
      $('self-report-intro').textContent = form.intro;
      $('self-report-gender-label').textContent = form.genderLabel;
      $('self-report-age-label').textContent = form.ageBandLabel;
      $('self-report-send').textContent = form.send;
      options($('self-report-gender'), form.genders);
      options($('self-report-age'), form.ageBands);
      section.classList.remove('d-none');
      if (form.submitted) {
        thanks(form);
      }
      $('self-report-form').addEventListener('submit', function (event) {
        event.preventDefault();
        fetch(api, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
          body: JSON.stringify({ gender: $('self-report-gender').value, ageBand: $('self-report-age').value })
        }).then(function (sent) {
          if (sent.ok) {
            thanks(form);
          }
        });
      });
    });
  });
});
