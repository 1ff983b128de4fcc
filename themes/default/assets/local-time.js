// Progressive enhancement: the page states times in its own zone; this adds the visitor's own,
// unless the visitor's clock already shows the same offset at that moment.
document.querySelectorAll('time[data-local-time]').forEach(function (el) {
  var iso = el.getAttribute('datetime'), when = new Date(iso);
  if (isNaN(when)) { return; }
  var match = /([+-])(\d\d):(\d\d)$/.exec(iso);
  var pageOffset = match ? (match[1] === '-' ? -1 : 1) * (60 * +match[2] + +match[3]) : 0;
  if (-when.getTimezoneOffset() === pageOffset) { return; }
  var local = when.toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  el.title = el.textContent;
  el.textContent = el.textContent + ' (' + local + ' your time)';
});
