// The candidate's interview: consent, then one question at a time with a countdown; answers are saved to the
// API as they are written, so a dropped connection loses nothing that was saved.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('interview');
  if (!root) {
    return;
  }
  var api = root.dataset.api;
  var keys = root.dataset.keys.split('|');
  var values = root.dataset.labels.split('|');
  var label = {};
  keys.forEach(function (key, i) { label[key] = values[i]; });
  var state = null;
  var index = 0;
  var ticker = null;
  var $ = function (id) { return document.getElementById(id); };

  function call(method, path, body) {
    var options = { method: method, headers: { 'Accept': 'application/json' } };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(api + path, options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw json;
        }
        $('message').classList.add('d-none');
        state = json;
        return json;
      });
    });
  }

  function fail(problem) {
    var message = $('message');
    message.textContent = (problem && (problem.detail || problem.title)) || String(problem);
    message.classList.remove('d-none');
  }

  function show(i) {
    index = i;
    var question = state.questions[i];
    $('notice').classList.add('d-none');
    $('question-panel').classList.remove('d-none');
    $('progress').textContent = label.question + ' ' + (i + 1) + ' ' + label.of + ' ' + state.questions.length;
    $('question-text').textContent = question.text;
    $('answer').value = question.answer || '';
    $('answer').disabled = false;
    $('save-state').textContent = '';
    var last = i === state.questions.length - 1;
    $('next').classList.toggle('d-none', last);
    $('submit').classList.toggle('d-none', !last);
    root.dataset.question = question.id;
    root.dispatchEvent(new CustomEvent('interview:question', { detail: question }));
    call('POST', '/questions/' + question.id + '/start').then(function () { countdown(state.questions[i]); }, fail);
  }

  function countdown(question) {
    clearInterval(ticker);
    var end = Date.parse(question.startedAt) + question.timeLimitSeconds * 1000;
    function tick() {
      var left = Math.max(0, Math.round((end - Date.now()) / 1000));
      $('timer').textContent = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      if (left === 0) {
        clearInterval(ticker);
        $('save-state').textContent = label.timeUp;
        save().then(function () { $('answer').disabled = true; });
      }
    }
    tick();
    ticker = setInterval(tick, 1000);
  }

  function save() {
    var question = state.questions[index];
    var text = $('answer').value;
    if (text === (question.answer || '')) {
      return Promise.resolve();
    }
    return call('POST', '/answers', { questionId: question.id, text: text }).then(function () {
      $('save-state').textContent = label.saved;
    }, fail);
  }

  function finish() {
    clearInterval(ticker);
    $('question-panel').classList.add('d-none');
    $('notice').classList.add('d-none');
    $('done').classList.remove('d-none');
    document.dispatchEvent(new CustomEvent('interview:submitted', { detail: { api: api, label: label } }));
  }

  $('consent').addEventListener('click', function () {
    call('POST', '/consent').then(function () { show(0); }, fail);
  });
  $('save').addEventListener('click', save);
  $('next').addEventListener('click', function () {
    save().then(function () { show(index + 1); });
  });
  $('submit').addEventListener('click', function () {
    if (!window.confirm(label.confirmSubmit)) {
      return;
    }
    save().then(function () { return call('POST', '/submit'); }).then(finish, fail);
  });

  call('GET', '').then(function (json) {
    if (json.status === 'SUBMITTED') {
      finish();
    }
    else if (json.consentedAt) {
      var next = json.questions.findIndex(function (q) { return !q.answer; });
      show(next < 0 ? json.questions.length - 1 : next);
    }
  }, fail);
});
