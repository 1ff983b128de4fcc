// Refuses a file over the import limit before sending it; the server checks again and says the same.
document.getElementById('import-form').addEventListener('submit', function (event) {
  var input = this.elements.file, file = input.files[0], note = document.getElementById('import-file-error');
  if (file && file.size > Number(input.dataset.maxBytes)) {
    event.preventDefault();
    note.textContent = 'The file is ' + file.size + ' bytes; the import takes files up to ' + input.dataset.limit
      + '; split it';
    note.hidden = false;
  }
});
