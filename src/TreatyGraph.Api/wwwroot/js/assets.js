// Shows the page's "assets are not installed" notice when a browser library it needs did not load.
export function requireAssets(present, what) {
  if (present) {
    return true;
  }

  const notice = document.getElementById("assets-missing");
  notice.querySelector(".what").textContent = what;
  notice.hidden = false;
  return false;
}
