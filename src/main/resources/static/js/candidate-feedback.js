// After submission: the candidate's feedback when the company releases it, otherwise its "not yet" message.
document.addEventListener('interview:submitted', function (event) {
  var $ = function (id) { return document.getElementById(id); };
  if (!$('feedback')) {
    return;
  }
  function fill(list, items) {
    list.replaceChildren();
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = item;
      list.appendChild(li);
    });
  }
  fetch(event.detail.api + '/feedback', { headers: { 'Accept': 'application/json' } }).then(function (response) {
    return response.json().then(function (json) {
      $('feedback').classList.remove('d-none');
      if (!response.ok) {
        $('feedback-pending').textContent = json.detail || json.title;
        $('feedback-pending').classList.remove('d-none');
        return;
      }
      $('feedback-fit').textContent = json.jobFit;
      fill($('feedback-strengths'), json.strengths);
      fill($('feedback-improvements'), json.improvements);
      $('feedback-closing').textContent = json.closing;
      $('feedback-card').classList.remove('d-none');
    });
  });
});
