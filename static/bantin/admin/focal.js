/* Focal point: a click on the picture sets focal_x and focal_y (0–1) and shows a marker. */
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var picker = document.querySelector("[data-focal-picker]");
  var inputX = document.getElementById("id_focal_x");
  var inputY = document.getElementById("id_focal_y");
  if (!picker || !inputX || !inputY) {
    return;
  }
  var image = picker.querySelector("img");
  var marker = picker.querySelector(".focal-picker__marker");

  function show() {
    var x = parseFloat(inputX.value);
    var y = parseFloat(inputY.value);
    marker.hidden = isNaN(x) || isNaN(y);
    marker.style.left = (x * 100) + "%";
    marker.style.top = (y * 100) + "%";
  }

  image.addEventListener("click", function (event) {
    var box = image.getBoundingClientRect();
    inputX.value = ((event.clientX - box.left) / box.width).toFixed(3);
    inputY.value = ((event.clientY - box.top) / box.height).toFixed(3);
    show();
  });
  inputX.addEventListener("input", show);
  inputY.addEventListener("input", show);
  show();
});
