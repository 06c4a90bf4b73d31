// Clock-in from the phone: asks the browser for the position, then sends it with the form (the server checks the
// site's geofence). Without a position the form is still sent, and the server says why it refused.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('clock-in-form');
  if (!form) {
    return;
  }
  var button = document.getElementById('clock-in');
  var status = document.getElementById('clock-in-status');
  form.addEventListener('submit', function (event) {
    if (form.dataset.located === 'yes' || !navigator.geolocation) {
      return;
    }
    event.preventDefault();
    button.disabled = true;
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      document.getElementById('clock-latitude').value = position.coords.latitude;
      document.getElementById('clock-longitude').value = position.coords.longitude;
      document.getElementById('clock-accuracy').value = position.coords.accuracy;
      form.dataset.located = 'yes';
      form.submit();
    }, function () {
      status.textContent = button.dataset.denied;
      form.dataset.located = 'yes';
      form.submit();
    }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 0 });
  });
});
