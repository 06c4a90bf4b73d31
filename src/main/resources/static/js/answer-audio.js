// The optional audio recording of an answer: recorded in the browser with MediaRecorder and uploaded with the
// link's token. It is kept for human review only; the typed answer alone is scored.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('interview');
  var panel = document.getElementById('recorder');
  if (!root || !panel) {
    return;
  }
  var $ = function (id) { return document.getElementById(id); };
  var label = {};
  var keys = root.dataset.keys.split('|');
  var values = root.dataset.labels.split('|');
  keys.forEach(function (key, i) { label[key] = values[i]; });
  var recorder = null;
  var chunks = [];
  var startedAt = 0;
  var supported = !!(navigator.mediaDevices && window.MediaRecorder);
  panel.classList.toggle('d-none', !supported);

  function preferredType() {
    var types = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];
    for (var i = 0; i < types.length; i++) {
      if (MediaRecorder.isTypeSupported(types[i])) {
        return types[i];
      }
    }
    return '';
  }

  function reset() {
    if (recorder && recorder.state === 'recording') {
      recorder.onstop = null;
      recorder.stop();
    }
    recorder = null;
    $('record').classList.remove('d-none');
    $('stop-recording').classList.add('d-none');
    $('recording-state').textContent = '';
  }

  function upload(questionId, blob, seconds) {
    var form = new FormData();
    var type = blob.type || 'audio/webm';
    form.append('file', blob, 'answer.' + type.split('/')[1].split(';')[0]);
    form.append('durationSeconds', String(seconds));
    return fetch(root.dataset.api + '/answers/' + questionId + '/audio', {
      method: 'POST', headers: { 'Accept': 'application/json' }, body: form
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw json;
        }
        $('recording-state').textContent = label.recorded;
      });
    }).catch(function (problem) {
      $('recording-state').textContent = (problem && (problem.detail || problem.title)) || label.recordingFailed;
    });
  }

  $('record').addEventListener('click', function () {
    var questionId = root.dataset.question;
    navigator.mediaDevices.getUserMedia({ audio: true, video: false }).then(function (stream) {
      var type = preferredType();
      recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
      chunks = [];
      recorder.ondataavailable = function (e) { if (e.data.size > 0) { chunks.push(e.data); } };
      recorder.onstop = function () {
        stream.getTracks().forEach(function (track) { track.stop(); });
        var seconds = Math.round((Date.now() - startedAt) / 1000);
        upload(questionId, new Blob(chunks, { type: recorder.mimeType || type }), seconds);
      };
      startedAt = Date.now();
      recorder.start();
      $('record').classList.add('d-none');
      $('stop-recording').classList.remove('d-none');
      $('recording-state').textContent = label.recording;
    }, function () {
      $('recording-state').textContent = label.recordingFailed;
    });
  });

  $('stop-recording').addEventListener('click', function () {
    if (recorder && recorder.state === 'recording') {
      recorder.stop();
    }
    $('record').classList.remove('d-none');
    $('stop-recording').classList.add('d-none');
  });

  root.addEventListener('interview:question', reset);
});
