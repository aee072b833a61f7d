// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Phones: the header's account links and main menu fold behind one "Menu" button.
  const menuButton = document.querySelector(".menu-toggle");
  if (menuButton) {
    const topbar = document.querySelector(".topbar");
    menuButton.hidden = false;
    topbar.classList.add("foldable");
    menuButton.addEventListener("click", () => {
      const open = topbar.classList.toggle("menu-open");
      menuButton.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Forms marked data-confirm ask before doing something a member may regret.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });

  // "Price negotiable" greys out the price fields it makes irrelevant. They stay in the
  // form (read-only, not disabled), so a price typed before the tick comes back after an
  // error and is there again if the tick is taken off; the server ignores it meanwhile.
  const negotiable = document.getElementById("negotiable");
  if (negotiable) {
    const priceFields = ["price_amount", "price_currency"].map((id) => document.getElementById(id));
    const sync = () => priceFields.forEach((el) => {
      if (!el) return;
      el.classList.toggle("switched-off", negotiable.checked);
      el.setAttribute("aria-disabled", negotiable.checked ? "true" : "false");
      if (el.tagName === "INPUT") el.readOnly = negotiable.checked;
      el.tabIndex = negotiable.checked ? -1 : 0;
    });
    negotiable.addEventListener("change", sync);
    sync();
  }

  // Registration: choosing "buyer" or "exporter" proposes the matching business type,
  // until the visitor picks one themselves (a buyer's company is not a "manufacturer").
  const businessType = document.getElementById("business_type");
  const roles = document.querySelectorAll('input[name="role"]');
  if (businessType && roles.length) {
    let chosenByHand = false;
    businessType.addEventListener("change", () => { chosenByHand = true; });
    roles.forEach((radio) => radio.addEventListener("change", () => {
      if (!chosenByHand && radio.checked) {
        businessType.value = radio.value === "buyer" ? "buyer" : "manufacturer";
      }
    }));
  }

  // HS assistant: typing a title suggests HS codes; a click fills the code and category.
  const assistant = document.getElementById("hs-assistant");
  const title = document.getElementById("title");
  if (assistant && title) {
    const list = document.getElementById("hs-suggestions");
    const hsInput = document.getElementById("hs_code");
    const category = document.getElementById("category");
    let timer = null;
    let lastAsked = "";
    const render = (items) => {
      list.replaceChildren();
      items.forEach((item) => {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        const code = document.createElement("code");
        code.textContent = item.code;
        button.append(code, document.createTextNode(item.description));
        if (item.category_name) {
          const cat = document.createElement("span");
          cat.className = "muted";
          cat.textContent = " — " + item.category_name;
          button.append(cat);
        }
        button.addEventListener("click", () => {
          hsInput.value = item.code;
          if (category && item.category) category.value = item.category;
          assistant.hidden = true;
        });
        li.append(button);
        list.append(li);
      });
      assistant.hidden = items.length === 0;
    };
    const ask = () => {
      const text = title.value.trim();
      if (text.length < 3 || text === lastAsked) return;
      lastAsked = text;
      fetch(assistant.dataset.url + "?title=" + encodeURIComponent(text))
        .then((r) => (r.ok ? r.json() : []))
        .then(render)
        .catch(() => {});
    };
    title.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(ask, 350); });
    title.addEventListener("blur", ask);
  }
});

// Times typed in a consultation proposal are in the browser's own time zone: say which.
document.querySelectorAll("input[data-browser-timezone]").forEach(function (input) {
  try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { /* old browser: the member's saved zone is used */ }
});
document.querySelectorAll("[data-zone-label]").forEach(function (label) {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && zone !== label.dataset.zone) label.textContent = zone.replace(/_/g, " ");
  } catch (e) { /* keep the saved zone's name */ }
});
