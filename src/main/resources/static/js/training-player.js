// Resumes a course video where the employee stopped and reports progress every 15 seconds and on pause, so that a
// reload, a dropped connection or another phone continues from the same place. Watched seconds count only time
// actually played (seeking ahead does not count), and the server never lets them go down.
(function () {
  const video = document.getElementById('course-video');
  if (!video) {
    return;
  }
  const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;
  const url = video.dataset.progressUrl;
  // what was watched before (on this or another phone) plus what is played now
  let watched = parseInt(video.dataset.watched || '0', 10);
  let last = null;
  video.addEventListener('loadedmetadata', () => {
    const position = parseInt(video.dataset.position || '0', 10);
    if (position > 0 && position < video.duration - 1) {
      video.currentTime = position;
    }
  });
  video.addEventListener('timeupdate', () => {
    const now = video.currentTime;
    if (last !== null && now > last && now - last < 2) {
      watched += now - last;
    }
    last = now;
  });
  video.addEventListener('seeking', () => { last = null; });
  function report() {
    const body = new URLSearchParams({ positionSeconds: Math.floor(video.currentTime), watchedSeconds: Math.floor(watched) });
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (csrfHeader && csrfToken) {
      headers[csrfHeader] = csrfToken;
    }
    fetch(url, { method: 'POST', headers, body, credentials: 'same-origin' })
      .then(r => r.ok ? r.text() : null)
      .then(percent => {
        const progress = document.getElementById('course-progress');
        if (percent && progress) {
          progress.textContent = percent;
        }
      })
      .catch(() => {});
  }
  setInterval(() => { if (!video.paused) { report(); } }, 15000);
  video.addEventListener('pause', report);
  video.addEventListener('ended', report);
})();
