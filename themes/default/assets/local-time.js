// Progressive enhancement: the page states times in its own zone; this adds the visitor's own.
document.querySelectorAll('time[data-local-time]').forEach(function (el) {
  var when = new Date(el.getAttribute('datetime'));
  if (isNaN(when)) { return; }
  var local = when.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  if (local && el.textContent.indexOf(local) === -1) {
    el.title = el.textContent;
    el.textContent = el.textContent + ' (' + local + ' your time)';
  }
});
