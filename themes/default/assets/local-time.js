// Progressive enhancement: the page states times in its own zone; this adds the visitor's own, once and compactly
// (the time, and the date only when it is another day there), in the page's language, unless the visitor's clock
// already shows the same offset at that moment.
document.querySelectorAll('time[data-local-time]').forEach(function (el) {
  var iso = el.getAttribute('datetime'), when = new Date(iso);
  if (isNaN(when)) { return; }
  var match = /([+-])(\d\d):(\d\d)$/.exec(iso);
  var pageOffset = match ? (match[1] === '-' ? -1 : 1) * (60 * +match[2] + +match[3]) : 0;
  if (-when.getTimezoneOffset() === pageOffset) { return; }
  var lang = document.documentElement.lang || undefined;
  // The page's calendar day at that moment, read from the instant shifted by the page's offset.
  var onPage = new Date(when.getTime() + pageOffset * 60000);
  var sameDay = onPage.getUTCFullYear() === when.getFullYear() && onPage.getUTCMonth() === when.getMonth()
    && onPage.getUTCDate() === when.getDate();
  var local = when.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  if (!sameDay) {
    local = when.toLocaleDateString(lang, { month: 'short', day: 'numeric' }) + ', ' + local;
  }
  el.title = el.textContent;
  el.textContent = el.textContent + ' (' + local + ' your time)';
});
